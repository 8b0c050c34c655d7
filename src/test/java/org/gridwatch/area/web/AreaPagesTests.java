package org.gridwatch.area.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.gridwatch.IntegrationTest;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaFixtures;
import org.gridwatch.area.AreaManagement;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.NewAccount;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AreaPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AreaManagement management;

    @Autowired
    AreaDirectory directory;

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserDetailsService users;

    AreaFixtures fixtures;
    AreaSummary branch;
    AreaSummary stationA;
    AreaSummary communityA;
    AreaSummary gridA;
    AreaSummary stationB;
    AreaSummary communityB;
    AreaSummary gridB;
    SignedInUser rootAdmin;
    SignedInUser adminOfA;
    SignedInUser supervisorOfA;

    @BeforeEach
    void tree() {
        fixtures = new AreaFixtures(management);
        AreaSummary bureau = fixtures.add("BU", AreaType.BUREAU, null);
        branch = fixtures.add("BR", AreaType.BRANCH, bureau);
        stationA = fixtures.add("STA", AreaType.STATION, branch);
        communityA = fixtures.add("COA", AreaType.COMMUNITY, stationA);
        gridA = fixtures.add("GRA", AreaType.GRID, communityA, AreaFixtures.square(125.30, 43.80, 0.01));
        stationB = fixtures.add("STB", AreaType.STATION, branch);
        communityB = fixtures.add("COB", AreaType.COMMUNITY, stationB);
        gridB = fixtures.add("GRB", AreaType.GRID, communityB);
        rootAdmin = (SignedInUser) users.loadUserByUsername("admin");
        adminOfA = account(Role.ADMIN, stationA);
        supervisorOfA = account(Role.SUPERVISOR, stationA);
    }

    private SignedInUser account(Role role, AreaSummary scope) {
        String username = fixtures.code(role.name().toLowerCase()).toLowerCase();
        accounts.open(new NewAccount(username, "测试" + role, "password-12345", Set.of(role), scope.id()));
        return (SignedInUser) users.loadUserByUsername(username);
    }

    @Test
    void theTreeShowsTheScopeAreaAsRootWithCountsAndNothingOutsideIt() throws Exception {
        mvc.perform(get("/areas").with(user(supervisorOfA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("node-" + stationA.id())))
                .andExpect(content().string(containsString("node-" + gridA.id())))
                .andExpect(content().string(containsString("下级 1 · 网格 1")))
                .andExpect(content().string(not(containsString("node-" + stationB.id()))))
                .andExpect(content().string(not(containsString("node-" + branch.id()))));
    }

    @Test
    void theDetailPageShowsAncestryChildrenMapAndLoadsThePanelsOfOtherModules() throws Exception {
        mvc.perform(get("/areas/" + gridA.id()).with(user(supervisorOfA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-geojson=\"{&quot;type&quot;:&quot;Polygon&quot;")))
                .andExpect(content().string(containsString("hx-get=\"/duty/grid-panel?grid=" + gridA.id() + "\"")))
                .andExpect(content().string(containsString("hx-get=\"/places/panel?area=" + gridA.id() + "\"")))
                .andExpect(content().string(containsString("hx-get=\"/people/panel?area=" + gridA.id() + "\"")))
                .andExpect(content().string(containsString("htmx.min.js")))
                .andExpect(content().string(containsString("/js/area-map.js")))
                .andExpect(content().string(containsString(">" + stationA.name() + "</a>")))
                // the branch lies above the supervisor's scope: not in the breadcrumbs
                .andExpect(content().string(not(containsString("/areas/" + branch.id() + "\""))))
                // only admins see the edit buttons
                .andExpect(content().string(not(containsString("id=\"editArea\""))));
        mvc.perform(get("/areas/" + communityA.id()).with(user(supervisorOfA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/areas/" + gridA.id())))
                .andExpect(content().string(not(containsString("grid-panel"))));
    }

    @Test
    void theHistoryTabListsTheChanges() throws Exception {
        mvc.perform(get("/areas/" + gridA.id() + "/history").with(user(supervisorOfA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("gw-history")))
                .andExpect(model().attribute("history", org.hamcrest.Matchers.hasSize(1)));
    }

    @Test
    void anAreaOfAnotherStationIsNotFoundOnEveryPageAndAction() throws Exception {
        for (String path : new String[] {"", "/history", "/edit", "/move", "/retire"}) {
            mvc.perform(get("/areas/" + gridB.id() + path).with(user(adminOfA))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/areas/new").param("parent", String.valueOf(communityB.id())).with(user(adminOfA)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/areas/" + gridB.id() + "/edit").with(user(adminOfA)).with(csrf())
                .param("code", "X1").param("name", "x").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post("/areas/" + gridB.id() + "/move").with(user(adminOfA)).with(csrf())
                .param("parentId", String.valueOf(communityA.id())).param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/areas/" + gridB.id() + "/retire").with(user(adminOfA)).with(csrf())
                .param("successorIds", String.valueOf(gridA.id())).param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/areas").with(user(adminOfA)).with(csrf()).param("parentId", String.valueOf(communityB.id()))
                .param("type", "GRID").param("code", fixtures.code("NOPE")).param("name", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/areas/" + gridB.id()).with(user(supervisorOfA))).andExpect(status().isNotFound());
    }

    @Test
    void aMoveOrRetirementTowardsAnAreaOutsideTheScopeIsAFieldError() throws Exception {
        long version = directory.details(gridA.id(), AreaScope.everything()).version();
        mvc.perform(post("/areas/" + gridA.id() + "/move").with(user(adminOfA)).with(csrf())
                .param("parentId", String.valueOf(communityB.id())).param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("move", "parentId", "area.parent.unknown"));
        mvc.perform(post("/areas/" + gridA.id() + "/retire").with(user(adminOfA)).with(csrf())
                .param("successorIds", String.valueOf(gridB.id())).param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("retire", "successorIds",
                        "area.retire.successorNotLiveGrid"));
        assertThat(directory.find(gridA.id()).orElseThrow().parentId()).isEqualTo(communityA.id());
    }

    @Test
    void aSupervisorMayReadButNotChangeTheTree() throws Exception {
        for (String path : new String[] {"/edit", "/move", "/retire"}) {
            mvc.perform(get("/areas/" + gridA.id() + path).with(user(supervisorOfA))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/areas/new").param("parent", String.valueOf(communityA.id())).with(user(supervisorOfA)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/areas").with(user(supervisorOfA)).with(csrf())
                .param("parentId", String.valueOf(communityA.id())).param("type", "GRID")
                .param("code", fixtures.code("SUP")).param("name", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/areas/" + gridA.id() + "/edit").with(user(supervisorOfA)).with(csrf())
                .param("code", gridA.code()).param("name", "改名").param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(directory.find(gridA.id()).orElseThrow().name()).isEqualTo(gridA.name());
    }

    @Test
    void anAdminCreatesAGridWithABoundaryAndIsSentToItsPage() throws Exception {
        mvc.perform(get("/areas/new").param("parent", String.valueOf(communityA.id())).with(user(adminOfA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"GRID\" selected=\"selected\"")));
        String code = fixtures.code("NEW");
        mvc.perform(post("/areas").with(user(adminOfA)).with(csrf())
                .param("parentId", String.valueOf(communityA.id())).param("type", "GRID")
                .param("code", code).param("name", "新网格").param("population", "300")
                .param("boundary", AreaFixtures.square(125.32, 43.80, 0.01)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/areas/*"));
        assertThat(directory.liveWithin(new AreaScope(communityA.path()), AreaType.GRID))
                .extracting(AreaSummary::code).contains(code);
    }

    @Test
    void aCreateFormSentTwiceCreatesOneArea() throws Exception {
        String key = java.util.UUID.randomUUID().toString();
        String code = fixtures.code("TWICE");
        String[] targets = new String[2];
        for (int i = 0; i < 2; i++) {
            targets[i] = mvc.perform(post("/areas").with(user(adminOfA)).with(csrf())
                    .param("parentId", String.valueOf(communityA.id())).param("type", "GRID")
                    .param("code", code).param("name", "重复提交").param("submissionKey", key))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        }
        assertThat(targets[1]).isEqualTo(targets[0]);
        assertThat(directory.liveWithin(new AreaScope(communityA.path()), AreaType.GRID))
                .filteredOn(a -> a.code().equals(code)).hasSize(1);
    }

    @Test
    void badInputIsShownBesideItsField() throws Exception {
        mvc.perform(post("/areas").with(user(adminOfA)).with(csrf())
                .param("parentId", String.valueOf(communityA.id())).param("type", "STATION")
                .param("code", fixtures.code("T")).param("name", "x"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("area", "type", "area.type.notUnderParent"));
        mvc.perform(post("/areas").with(user(adminOfA)).with(csrf())
                .param("parentId", String.valueOf(communityA.id())).param("type", "GRID")
                .param("code", gridA.code()).param("name", "x"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("area", "code", "area.code.taken"))
                .andExpect(content().string(containsString("该编码已被使用。")));
        mvc.perform(post("/areas").with(user(adminOfA)).with(csrf())
                .param("parentId", String.valueOf(communityA.id())).param("type", "PLANET")
                .param("code", fixtures.code("E")).param("name", "x").param("population", "many"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("area", "type", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("area", "population", "typeMismatch"));
        long version = directory.details(gridA.id(), AreaScope.everything()).version();
        mvc.perform(post("/areas/" + gridA.id() + "/edit").with(user(adminOfA)).with(csrf())
                .param("code", gridA.code()).param("name", gridA.name()).param("version", String.valueOf(version))
                .param("boundary", "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}")
                .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("area", "boundary", "area.boundary.notClosed"))
                .andExpect(content().string(containsString("The boundary is not closed")));
    }

    @Test
    void aBoundaryCanBeUploadedAsAGeoJsonFile() throws Exception {
        long version = directory.details(gridA.id(), AreaScope.everything()).version();
        MockMultipartFile file = new MockMultipartFile("boundaryFile", "grid.geojson", "application/geo+json",
                ("{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + AreaFixtures.square(125.5, 43.9, 0.02)
                        + "}").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/areas/" + gridA.id() + "/edit").file(file).with(user(adminOfA)).with(csrf())
                .param("code", gridA.code()).param("name", gridA.name()).param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.details(gridA.id(), AreaScope.everything()).boundary()).contains("125.5");

        MockMultipartFile text = new MockMultipartFile("boundaryFile", "grid.txt", "text/plain", "x".getBytes());
        mvc.perform(multipart("/areas/" + gridA.id() + "/edit").file(text).with(user(adminOfA)).with(csrf())
                .param("code", gridA.code()).param("name", gridA.name()).param("version", String.valueOf(version + 1)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("area", "boundaryFile", "area.boundaryFile.wrongType"));
    }

    @Test
    void aStaleEditShowsTheFormAgainWithTheInputKept() throws Exception {
        long version = directory.details(gridA.id(), AreaScope.everything()).version();
        mvc.perform(post("/areas/" + gridA.id() + "/edit").with(user(adminOfA)).with(csrf())
                .param("code", gridA.code()).param("name", "先到").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/areas/" + gridA.id() + "/edit").with(user(adminOfA)).with(csrf())
                .param("code", gridA.code()).param("name", "后到的名称").param("version", String.valueOf(version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("记录已被他人修改。")))
                .andExpect(content().string(containsString("value=\"后到的名称\"")));
        assertThat(directory.find(gridA.id()).orElseThrow().name()).isEqualTo("先到");
    }

    @Test
    void anAdminMovesACommunityToAnotherStationAndRetiresAGrid() throws Exception {
        long version = directory.details(communityB.id(), AreaScope.everything()).version();
        mvc.perform(post("/areas/" + communityB.id() + "/move").with(user(rootAdmin)).with(csrf())
                .param("parentId", String.valueOf(stationA.id())).param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.find(gridB.id(), new AreaScope(stationA.path()))).isPresent();

        long gridVersion = directory.details(gridB.id(), AreaScope.everything()).version();
        mvc.perform(post("/areas/" + gridB.id() + "/retire").with(user(adminOfA)).with(csrf())
                .param("successorIds", String.valueOf(gridA.id())).param("note", "合并")
                .param("version", String.valueOf(gridVersion)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/areas/" + gridB.id()).with(user(adminOfA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"retiredNotice\"")))
                .andExpect(content().string(not(containsString("id=\"retireArea\""))));
        mvc.perform(get("/areas/" + gridB.id() + "/retire").with(user(adminOfA))).andExpect(status().isConflict());
        mvc.perform(get("/areas").with(user(adminOfA)))
                .andExpect(content().string(not(containsString("node-" + gridB.id()))));
        mvc.perform(get("/areas").param("retired", "true").with(user(adminOfA)))
                .andExpect(content().string(containsString("node-" + gridB.id())));
    }
}
