package org.gridwatch.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.people.PersonData;
import org.gridwatch.people.PersonDetails;
import org.gridwatch.people.PersonKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PeoplePagesTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PeopleManagement people;

    TestTerritory t;
    SignedInUser supervisorA;
    PersonDetails officerA;
    PersonDetails officerB;

    @BeforeEach
    void territory() {
        t = TestTerritory.create(jdbc);
        supervisorA = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        officerA = people.create(officer("甲警官" + t.suffix, t.communityA), AreaScope.everything());
        officerB = people.create(officer("乙警官" + t.suffix, t.communityB), AreaScope.everything());
    }

    static PersonData officer(String name, long home) {
        return new PersonData(PersonKind.OFFICER, null, name, "13812345678", home,
                "P" + UUID.randomUUID().toString().substring(0, 8), "社区民警", null, true);
    }

    @Test
    void supervisorOfOneStationCannotOpenAnotherStationsPerson() throws Exception {
        long b = officerB.person().id();
        mvc.perform(get("/people/" + b).with(user(supervisorA))).andExpect(status().isNotFound());
        mvc.perform(get("/people/" + b + "/edit").with(user(supervisorA))).andExpect(status().isNotFound());
        mvc.perform(post("/people/" + b).with(user(supervisorA)).with(csrf()).param("name", "x")
                .param("homeAreaId", "" + t.stationA).param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post("/people/" + b + "/posts").with(user(supervisorA)).with(csrf()).param("postName", "x")
                .param("communityId", "" + t.communityA).param("from", "2026-01-01")).andExpect(status().isNotFound());
        mvc.perform(get("/people/panel").param("area", "" + t.communityB).with(user(supervisorA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theListShowsOnlyTheScopesPeopleWithMaskedPhonesAndTheDetailTheFullPhone() throws Exception {
        String list = mvc.perform(get("/people").param("q", t.suffix).with(user(supervisorA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("甲警官" + t.suffix).doesNotContain("乙警官" + t.suffix)
                .contains("138****5678").doesNotContain("13812345678");
        String detail = mvc.perform(get("/people/" + officerA.person().id()).with(user(supervisorA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("13812345678").contains(officerA.person().policeNumber());
        String panel = mvc.perform(get("/people/panel").param("area", "" + t.stationA).with(user(supervisorA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("甲警官" + t.suffix).doesNotContain("<html");
    }

    @Test
    void badInputIsShownBesideTheFieldNeverAsAServerError() throws Exception {
        mvc.perform(post("/people").with(user(supervisorA)).with(csrf())
                        .param("kind", "OFFICER").param("name", "").param("homeAreaId", "twelve")
                        .param("phone", "call me").param("version", "v"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("person", "name", "homeAreaId", "phone"));
        mvc.perform(post("/people").with(user(supervisorA)).with(csrf())
                        .param("kind", "OFFICER").param("name", "重号").param("homeAreaId", "" + t.stationA)
                        .param("policeNumber", officerB.person().policeNumber()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("person", "policeNumber"));
        mvc.perform(post("/people").with(user(supervisorA)).with(csrf())
                        .param("kind", "MEDIATOR").param("name", "调解员").param("homeAreaId", "" + t.gridA1)
                        .param("mediatorKind", "JUDGE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("person", "mediatorKind"));
        mvc.perform(post("/people").with(user(supervisorA)).with(csrf())
                        .param("kind", "AUXILIARY").param("name", "辅警").param("homeAreaId", "" + t.stationA)
                        .param("accountUsername", "nobody-" + t.suffix))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("person", "accountUsername"));
        mvc.perform(get("/people/new").param("kind", "WIZARD").with(user(supervisorA))).andExpect(status().isOk());
        mvc.perform(post("/people").with(user(supervisorA)).with(csrf()).param("kind", "WIZARD").param("name", "x"))
                .andExpect(status().isOk());
        mvc.perform(get("/people").param("kind", "X").param("active", "maybe").param("page", "abc")
                .param("area", "1e9").with(user(supervisorA))).andExpect(status().isOk());
        mvc.perform(post("/people/" + officerA.person().id() + "/posts").with(user(supervisorA)).with(csrf())
                        .param("postName", "").param("communityId", "x").param("from", "2026-13-45")
                        .param("to", "yesterday"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("postForm", "postName", "communityId", "from", "to"));
    }

    @Test
    void aStaleEditShowsTheFormAgainWithTheInputKeptAndStatus409() throws Exception {
        long id = officerA.person().id();
        String number = officerA.person().policeNumber();
        people.change(id, officerA.version(), new PersonData(PersonKind.OFFICER, null, "别人改的", null, t.stationA,
                number, "所长", null, true), AreaScope.everything());
        String page = mvc.perform(post("/people/" + id).with(user(supervisorA)).with(csrf())
                        .param("kind", "OFFICER").param("name", "我的改动" + t.suffix).param("homeAreaId", "" + t.communityA)
                        .param("policeNumber", number).param("active", "true")
                        .param("version", "" + officerA.version()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("我的改动" + t.suffix);
    }

    @Test
    void officersMayReadButOnlyAdminsAndSupervisorsWriteAndAuxiliariesSeeNothing() throws Exception {
        SignedInUser officer = TestTerritory.user(accounts, users, t.stationA, Role.OFFICER);
        SignedInUser auxiliary = TestTerritory.user(accounts, users, t.stationA, Role.AUXILIARY);
        mvc.perform(get("/people/" + officerA.person().id()).with(user(officer))).andExpect(status().isOk());
        mvc.perform(get("/people/new").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/people").with(user(auxiliary))).andExpect(status().isForbidden());
    }

    @Test
    void aSupervisorAddsAndEndsAnOfficersConcurrentPost() throws Exception {
        long id = officerA.person().id();
        mvc.perform(post("/people/" + id + "/posts").with(user(supervisorA)).with(csrf())
                        .param("postName", "社区党委副书记").param("communityId", "" + t.communityA)
                        .param("from", "2026-01-01"))
                .andExpect(redirectedUrlPattern("/people/*"));
        String detail = mvc.perform(get("/people/" + id).with(user(supervisorA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("社区党委副书记").contains("/posts/");
        Long postId = jdbc.sql("select id from concurrent_post where person_id = ?").param(id).query(Long.class).single();
        mvc.perform(post("/people/" + id + "/posts/" + postId + "/end").with(user(supervisorA)).with(csrf())
                .param("version", "0")).andExpect(redirectedUrlPattern("/people/*"));
        assertThat(jdbc.sql("select to_date from concurrent_post where id = ?").param(postId).query(Object.class)
                .single()).isNotNull();
        mvc.perform(post("/people/" + id + "/posts/" + postId + "/end").with(user(supervisorA)).with(csrf())
                .param("version", "0")).andExpect(status().isConflict());
    }
}
