package org.gridwatch.area.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gridwatch.IntegrationTest;
import org.gridwatch.area.AreaFixtures;
import org.gridwatch.area.AreaManagement;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AreaMapTilesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AreaManagement management;

    @Autowired
    UserDetailsService users;

    @Test
    void aConfiguredTileServerIsHandedToTheMap() throws Exception {
        AreaFixtures fixtures = new AreaFixtures(management);
        AreaSummary bureau = fixtures.add("BU", AreaType.BUREAU, null, AreaFixtures.square(125.0, 43.0, 1.0));
        mvc.perform(get("/areas/" + bureau.id()).with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "data-tile-url=\"https://tiles.example.org/{z}/{x}/{y}.png\"")))
                .andExpect(content().string(containsString("data-attribution=\"Example tiles\"")));
    }
}
