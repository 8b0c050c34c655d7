package org.gridwatch.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gridwatch.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every page names its icon, so browsers find it (and no longer ask for a /favicon.ico that is not there). */
@IntegrationTest
class FaviconTests {

    @Autowired MockMvc mvc;

    @Test
    void thePagesNameTheirIconAndItIsServedToAnyone() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/assets/img/favicon.svg\">")));
        mvc.perform(get("/assets/img/favicon.svg"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
    }
}
