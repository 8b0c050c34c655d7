package org.gridwatch.area.web;

import java.util.Map;
import org.gridwatch.BadInputCorpus;
import org.gridwatch.IntegrationTest;
import org.gridwatch.area.AreaFixtures;
import org.gridwatch.area.AreaManagement;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AreaFormsBadInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AreaManagement management;

    @Autowired
    UserDetailsService users;

    @Test
    void theAreaFormsSurviveTheBadInputCorpus() throws Exception {
        AreaFixtures fixtures = new AreaFixtures(management);
        AreaSummary bureau = fixtures.add("BU", AreaType.BUREAU, null);
        AreaSummary branch = fixtures.add("BR", AreaType.BRANCH, bureau);
        AreaSummary station = fixtures.add("ST", AreaType.STATION, branch);
        AreaSummary community = fixtures.add("CO", AreaType.COMMUNITY, station);
        AreaSummary grid = fixtures.add("GR", AreaType.GRID, community);
        AreaSummary successor = fixtures.add("GS", AreaType.GRID, community);
        UserDetails admin = users.loadUserByUsername("admin");
        String boundary = AreaFixtures.square(125.3, 43.8, 0.01);

        BadInputCorpus.attack(mvc, admin, "/areas", Map.of(
                "parentId", String.valueOf(community.id()), "type", "GRID", "code", fixtures.code("CORPUS"),
                "name", "网格", "communityKind", "", "population", "10", "households", "3", "boundary", boundary));
        BadInputCorpus.attack(mvc, admin, "/areas/" + community.id() + "/edit", Map.of(
                "code", community.code(), "name", "社区", "communityKind", "VILLAGE", "population", "10",
                "households", "3", "boundary", boundary, "version", "0"));
        BadInputCorpus.attack(mvc, admin, "/areas/" + grid.id() + "/move", Map.of(
                "parentId", String.valueOf(community.id()), "version", "0"));
        BadInputCorpus.attack(mvc, admin, "/areas/" + grid.id() + "/retire", Map.of(
                "successorIds", String.valueOf(successor.id()), "note", "说明", "version", "999"));
    }
}
