package org.gridwatch.place.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridwatch.BadInputCorpus;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.place.PartnerData;
import org.gridwatch.place.PartnerKind;
import org.gridwatch.place.PartnerManagement;
import org.gridwatch.place.PartnerView;
import org.gridwatch.place.PlaceData;
import org.gridwatch.place.PlaceKind;
import org.gridwatch.place.PlaceManagement;
import org.gridwatch.place.PlaceView;
import org.gridwatch.place.TeamData;
import org.gridwatch.place.TeamMemberEntry;
import org.gridwatch.place.TeamView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PlacePagesTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PlaceManagement places;
    @Autowired PartnerManagement partners;

    TestTerritory t;
    SignedInUser supervisorA;
    PlaceView placeA;
    PlaceView placeB;
    PartnerView partnerB;
    TeamView teamB;

    @BeforeEach
    void territory() {
        t = TestTerritory.create(jdbc);
        supervisorA = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        placeA = places.create(place("甲小学" + t.suffix, t.gridA1), AreaScope.everything());
        placeB = places.create(place("乙医院" + t.suffix, t.gridB1), AreaScope.everything());
        partnerB = partners.create(new PartnerData("中东大市场" + t.suffix, PartnerKind.MARKET, "刘", "13900001111",
                t.stationB, Set.of(t.gridB1)), AreaScope.everything());
        teamB = partners.addTeam(partnerB.id(), new TeamData("一队", "赵", null,
                List.of(new TeamMemberEntry("钱", "13600000000"))), AreaScope.everything());
    }

    static PlaceData place(String name, long grid) {
        return new PlaceData(PlaceKind.SCHOOL, name, "人民大街 8 号", grid, null, null, "联系人", "13812345678", 30, null);
    }

    @Test
    void supervisorOfOneStationCannotOpenAnotherStationsPlaceOrPartnerUnit() throws Exception {
        mvc.perform(get("/places/" + placeB.id()).with(user(supervisorA))).andExpect(status().isNotFound());
        mvc.perform(get("/places/" + placeB.id() + "/edit").with(user(supervisorA))).andExpect(status().isNotFound());
        mvc.perform(post("/places/" + placeB.id()).with(user(supervisorA)).with(csrf())
                .param("kind", "SCHOOL").param("name", "x").param("address", "y").param("gridId", "" + t.gridA1)
                .param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(get("/partners/" + partnerB.id()).with(user(supervisorA))).andExpect(status().isNotFound());
        mvc.perform(get("/partners/" + partnerB.id() + "/edit").with(user(supervisorA))).andExpect(status().isNotFound());
        mvc.perform(get("/partners/" + partnerB.id() + "/teams/" + teamB.id() + "/edit").with(user(supervisorA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/places/panel").param("area", "" + t.stationB).with(user(supervisorA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void listsShowOnlyTheScopesPlacesAndPartnerUnitsWithMaskedPhones() throws Exception {
        String list = mvc.perform(get("/places").param("q", t.suffix).with(user(supervisorA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("甲小学" + t.suffix).doesNotContain("乙医院" + t.suffix)
                .contains("138****5678").doesNotContain("13812345678");
        mvc.perform(get("/places").param("area", "" + t.stationB).with(user(supervisorA)))
                .andExpect(status().isNotFound());
        String partnerList = mvc.perform(get("/partners").with(user(supervisorA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(partnerList).doesNotContain("中东大市场" + t.suffix);
        String detail = mvc.perform(get("/places/" + placeA.id()).with(user(supervisorA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("13812345678");
        mvc.perform(get("/places/panel").param("area", "" + t.communityA).with(user(supervisorA)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "甲小学" + t.suffix)));
    }

    @Test
    void aNonFiniteCoordinateIsRefusedBesideItsFieldOnAWholePage() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "SCHOOL");
        form.put("name", "无穷小学" + t.suffix);
        form.put("address", "人民大街 9 号");
        form.put("gridId", "" + t.gridA1);
        BadInputCorpus.refusesNonFinitePoint(mvc, supervisorA, "/places", form, "latitude", "longitude");
    }

    @Test
    void badInputIsShownBesideTheFieldNeverAsAServerError() throws Exception {
        mvc.perform(post("/places").with(user(supervisorA)).with(csrf())
                        .param("kind", "CASTLE").param("name", "").param("address", "路")
                        .param("gridId", "abc").param("latitude", "north").param("longitude", "200")
                        .param("visitEveryDays", "-3").param("version", "x"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("place", "kind", "name", "gridId", "latitude",
                        "visitEveryDays"));
        mvc.perform(post("/places").with(user(supervisorA)).with(csrf())
                        .param("kind", "SCHOOL").param("name", "x").param("address", "路")
                        .param("gridId", "" + t.gridB1).param("latitude", "95").param("longitude", "NaN"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("place", "latitude", "longitude"));
        mvc.perform(post("/places").with(user(supervisorA)).with(csrf())
                        .param("kind", "SCHOOL").param("name", "x").param("address", "路").param("gridId", "" + t.gridB1))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("place", "gridId"));
        mvc.perform(post("/partners").with(user(supervisorA)).with(csrf())
                        .param("name", "x").param("kind", "SPACESHIP").param("homeAreaId", "" + t.stationA)
                        .param("gridIds", "" + t.gridA1, "zz"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("partner", "kind", "gridIds"));
        mvc.perform(get("/places").param("kind", "NOPE").param("area", "x").param("page", "-1").param("sort", "evil")
                .with(user(supervisorA))).andExpect(status().isOk());
        mvc.perform(get("/places/panel").param("area", "abc").with(user(supervisorA))).andExpect(status().isNotFound());
    }

    @Test
    void aStaleEditShowsTheFormAgainWithTheInputKeptAndStatus409() throws Exception {
        PlaceView mine = places.create(place("旧名" + t.suffix, t.gridA1), AreaScope.everything());
        places.change(mine.id(), mine.version(), place("别人改的" + t.suffix, t.gridA1), AreaScope.everything());
        String page = mvc.perform(post("/places/" + mine.id()).with(user(supervisorA)).with(csrf())
                        .param("kind", "SCHOOL").param("name", "我的改动" + t.suffix).param("address", "路")
                        .param("gridId", "" + t.gridA1).param("version", "" + mine.version()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("我的改动" + t.suffix);

        mvc.perform(post("/partners/" + partnerB.id() + "/teams/" + teamB.id()).with(user(
                        TestTerritory.user(accounts, users, t.stationB, Role.SUPERVISOR))).with(csrf())
                        .param("name", "一队改").param("version", "" + (teamB.version() + 5)))
                .andExpect(status().isConflict());
    }

    @Test
    void aPlaceFormSentTwiceCreatesOnePlace() throws Exception {
        SignedInUser officer = TestTerritory.user(accounts, users, t.stationA, Role.OFFICER);
        String key = java.util.UUID.randomUUID().toString();
        String name = "双击网吧" + t.suffix;
        String first = null;
        for (int send = 0; send < 2; send++) {
            String target = mvc.perform(post("/places").with(user(officer)).with(csrf())
                            .param("kind", "VENUE").param("name", name).param("address", "路")
                            .param("gridId", "" + t.gridA1).param("submissionKey", key))
                    .andExpect(redirectedUrlPattern("/places/*")).andReturn().getResponse().getRedirectedUrl();
            if (first == null) {
                first = target;
            }
            org.assertj.core.api.Assertions.assertThat(target).isEqualTo(first);
        }
        org.assertj.core.api.Assertions.assertThat(
                jdbc.sql("select count(*) from place where name = ?").param(name).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void officersMayEditPlacesButNotPartnerUnitsAndAuxiliariesOnlyRead() throws Exception {
        SignedInUser officer = TestTerritory.user(accounts, users, t.stationA, Role.OFFICER);
        SignedInUser auxiliary = TestTerritory.user(accounts, users, t.stationA, Role.AUXILIARY);
        mvc.perform(post("/places").with(user(officer)).with(csrf())
                        .param("kind", "VENUE").param("name", "网吧" + t.suffix).param("address", "路")
                        .param("gridId", "" + t.gridA1).param("contactPhone", "13800000000"))
                .andExpect(redirectedUrlPattern("/places/*"));
        mvc.perform(get("/partners/new").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/places/new").with(user(auxiliary))).andExpect(status().isForbidden());
        mvc.perform(get("/places/" + placeA.id()).with(user(auxiliary))).andExpect(status().isOk());
    }

    @Test
    void aTeamFormAddsRowsWithoutSavingAndDropsEmptyMembers() throws Exception {
        SignedInUser supervisorB = TestTerritory.user(accounts, users, t.stationB, Role.SUPERVISOR);
        String more = mvc.perform(post("/partners/" + partnerB.id() + "/teams").with(user(supervisorB)).with(csrf())
                        .param("name", "二队").param("members[0].name", "孙").param("addRows", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(more).contains("members[3].name");
        mvc.perform(post("/partners/" + partnerB.id() + "/teams").with(user(supervisorB)).with(csrf())
                        .param("name", "二队").param("leadName", "周").param("members[0].name", "孙")
                        .param("members[0].phone", "13500000000").param("members[1].name", ""))
                .andExpect(redirectedUrlPattern("/partners/*"));
        String detail = mvc.perform(get("/partners/" + partnerB.id()).with(user(supervisorB)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("二队").contains("孙").contains("13500000000");
    }
}
