package org.gridwatch.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.gridwatch.IntegrationTest;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.PersonKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every duty page shows only the user's subtree: another station's grid is a 404, never its content. */
@IntegrationTest
class DutyScopeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    DutyManagement duty;

    DutyFixtures territory;
    DutyFixtures.Station linhe;
    DutyFixtures.Station dongfang;
    SignedInUser linheSupervisor;
    long dongfangGrid;
    long dongfangAssignment;
    long dongfangOfficer;

    @BeforeEach
    void setUp() {
        territory = new DutyFixtures(jdbc, accounts, users);
        linhe = territory.station("临河", 1);
        dongfang = territory.station(linhe.branch(), "东方广场", 1);
        linheSupervisor = territory.user("linhe-chief", linhe.station(), Role.SUPERVISOR);
        dongfangGrid = dongfang.grids()[0];
        dongfangOfficer = territory.person(PersonKind.OFFICER, "东方民警", dongfang.station());
        AreaScope branch = new AreaScope(path(linhe.branch()));
        dongfangAssignment = duty.assign(new NewAssignment(dongfangGrid, dongfangOfficer,
                DutyRole.RESPONSIBLE_OFFICER, LocalDate.now(), null, null), branch);
    }

    @Test
    void supervisorOfOneStationCannotOpenAnotherStationsGridDutyPageOrPanel() throws Exception {
        mvc.perform(get("/duty/grids/{id}", dongfangGrid).with(user(linheSupervisor))).andExpect(status().isNotFound());
        mvc.perform(get("/duty/grid-panel").param("grid", String.valueOf(dongfangGrid)).with(user(linheSupervisor)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/duty/assignments/{id}/end", dongfangAssignment).with(user(linheSupervisor)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/duty/grids/{id}", linhe.grids()[0]).with(user(linheSupervisor))).andExpect(status().isOk());
        mvc.perform(get("/duty/grid-panel").param("grid", String.valueOf(linhe.grids()[0]))
                .with(user(linheSupervisor))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<nav"))));
    }

    @Test
    void supervisorOfOneStationCannotWriteToAnotherStationsGrid() throws Exception {
        long linheOfficer = territory.person(PersonKind.OFFICER, "临河民警", linhe.station());
        mvc.perform(post("/duty/grids/{id}/assignments", dongfangGrid).with(user(linheSupervisor)).with(csrf())
                .param("role", "AUXILIARY").param("personId", String.valueOf(linheOfficer))
                .param("validFrom", "2026-01-01")).andExpect(status().isNotFound());
        mvc.perform(post("/duty/grids/{id}/link", dongfangGrid).with(user(linheSupervisor)).with(csrf())
                .param("channel", "东方广场群")).andExpect(status().isNotFound());
        mvc.perform(post("/duty/assignments/{id}/end", dongfangAssignment).with(user(linheSupervisor)).with(csrf())
                .param("validTo", "2026-12-31").param("version", "0")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from duty_assignment where grid_id = ?").param(dongfangGrid)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theCoverageBoardAndPickersListOnlyTheUsersSubtree() throws Exception {
        String board = mvc.perform(get("/duty/coverage").with(user(linheSupervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(board).contains("临河社区1网格").doesNotContain("东方广场社区1网格");
        String otherArea = mvc.perform(get("/duty/coverage").param("area", String.valueOf(dongfang.station()))
                .with(user(linheSupervisor))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(otherArea).doesNotContain("东方广场社区1网格").contains("该区域不存在或不在您的管辖范围内");
        String page = mvc.perform(get("/duty/grids/{id}", linhe.grids()[0]).with(user(linheSupervisor)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("东方民警");
    }

    @Test
    void aSupervisorCannotHandOverSomeoneOutsideTheirScope() throws Exception {
        long successor = territory.person(PersonKind.OFFICER, "临河接任", linhe.station());
        String response = mvc.perform(post("/duty/handover").with(user(linheSupervisor)).with(csrf())
                        .param("leaverId", String.valueOf(dongfangOfficer)).param("successorId", String.valueOf(successor))
                        .param("date", "2026-06-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(response).contains("该人员不存在或不在您的管辖范围内");
    }

    @Test
    void officersReadTheBoardButCannotAssignAndAuxiliariesCannotSeeTheBoard() throws Exception {
        SignedInUser officer = territory.user("linhe-officer", linhe.community(), Role.OFFICER);
        SignedInUser auxiliary = territory.user("linhe-aux", linhe.community(), Role.AUXILIARY);
        mvc.perform(get("/duty/coverage").with(user(officer))).andExpect(status().isOk());
        mvc.perform(post("/duty/grids/{id}/link", linhe.grids()[0]).with(user(officer)).with(csrf())
                .param("channel", "群")).andExpect(status().isForbidden());
        mvc.perform(get("/duty/coverage").with(user(auxiliary))).andExpect(status().isForbidden());
        mvc.perform(get("/duty/handover").with(user(officer))).andExpect(status().isForbidden());
    }

    @Test
    void aStaleLinkEditIsAConflictWithTheInputKept() throws Exception {
        SignedInUser admin = territory.user("link-admin", linhe.branch(), Role.ADMIN);
        long grid = linhe.grids()[0];
        mvc.perform(post("/duty/grids/{id}/link", grid).with(user(admin)).with(csrf())
                .param("channel", "临河社区1网格警民联系群")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/duty/grids/{id}/link", grid).with(user(admin)).with(csrf())
                .param("channel", "新群名").param("version", "0")).andExpect(status().is3xxRedirection());
        String stale = mvc.perform(post("/duty/grids/{id}/link", grid).with(user(admin)).with(csrf())
                        .param("channel", "我的改动").param("version", "0"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("我的改动").contains("记录已被他人修改");
    }

    @Test
    void myGridsShowsTheSignedInOfficersGridsWithTheirTeam() throws Exception {
        SignedInUser officer = territory.user("dongfang-officer", dongfang.community(), Role.OFFICER);
        territory.link(dongfangOfficer, officer);
        String page = mvc.perform(get("/duty/my-grids").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("东方广场社区1网格").contains("东方民警");
        SignedInUser nobody = territory.user("no-person", dongfang.community(), Role.OFFICER);
        assertThat(mvc.perform(get("/duty/my-grids").with(user(nobody))).andReturn().getResponse()
                .getContentAsString()).contains("您的账号尚未关联人员档案");
    }

    @Test
    void unknownStatusOrAreaValuesOnTheBoardAreFieldErrorsNotServerErrors() throws Exception {
        String page = mvc.perform(get("/duty/coverage").param("status", "SORT_OF").param("area", "abc")
                        .with(user(linheSupervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请选择列表中的状态").contains("请选择列表中的区域");
    }

    private String path(long areaId) {
        return jdbc.sql("select path from area where id = ?").param(areaId).query(String.class).single();
    }
}
