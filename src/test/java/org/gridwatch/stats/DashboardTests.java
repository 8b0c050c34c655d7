package org.gridwatch.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.gridwatch.Eventually;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestClock;
import org.gridwatch.TestTerritory;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DashboardTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired Statistics statistics;
    @Autowired TestClock clock;

    TestTerritory t;
    SignedInUser supervisorA;
    long ids = System.nanoTime();

    @BeforeEach
    void territory() {
        clock.set(Instant.parse("2026-07-20T04:00:00Z"));
        t = TestTerritory.create(jdbc);
        supervisorA = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
    }

    void save(RecordKind kind, long grid, String when, String subkind, long amount) {
        long id = ++ids;
        transactions.executeWithoutResult(tx -> events.publishEvent(new FieldRecordSaved(kind, id, List.of(grid),
                null, Instant.parse(when), null, subkind, "x", List.of(), null, null, null, null, amount)));
    }

    Document dashboard(SignedInUser user, String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/dashboard" + query).with(user(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void aStationSupervisorSeesTheStationsFiguresForThisMonthAndNothingOfAnotherStation() throws Exception {
        save(RecordKind.VISIT, t.gridA1, "2026-07-03T02:00:00Z", "visit.kind.SCHOOL", 0);
        save(RecordKind.VISIT, t.gridA2, "2026-07-04T02:00:00Z", "visit.kind.ENTERPRISE", 0);
        save(RecordKind.VISIT, t.gridA2, "2026-06-30T02:00:00Z", "visit.kind.ENTERPRISE", 0);
        save(RecordKind.PUBLICITY, t.gridA1, "2026-07-05T02:00:00Z", "outreach.topic.ANTI_FRAUD", 120);
        save(RecordKind.VISIT, t.gridB1, "2026-07-05T02:00:00Z", "visit.kind.SCHOOL", 0);
        Eventually.value(() -> statistics.figures(t.branch, java.time.LocalDate.of(2026, 6, 1),
                java.time.LocalDate.of(2026, 7, 31)).records(RecordKind.VISIT), n -> n == 4);

        Document page = dashboard(supervisorA, "");

        assertThat(page.select("#kpi-visit .gw-kpi-value").text()).isEqualTo("2");
        assertThat(page.select("#kpi-publicity .gw-kpi-value").text()).isEqualTo("1");
        assertThat(page.select("#kpi-publicity").text()).contains("120");
        assertThat(page.select("#kpi-visit").attr("href"))
                .isEqualTo("/visits?area=" + t.stationA + "&from=2026-07-01&to=2026-07-31");
        assertThat(page.select("#area option").eachAttr("value")).doesNotContain(String.valueOf(t.stationB));
        mvc.perform(get("/dashboard").param("area", String.valueOf(t.stationB)).with(user(supervisorA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePeriodAndAreaChooseWhatIsCounted() throws Exception {
        save(RecordKind.TIP, t.gridA1, "2026-07-20T02:00:00Z", "tip.category.GAMBLING", 0);
        save(RecordKind.TIP, t.gridA1, "2026-06-02T02:00:00Z", "tip.category.GAMBLING", 0);
        Eventually.value(() -> statistics.figures(t.gridA1, java.time.LocalDate.of(2026, 6, 1),
                java.time.LocalDate.of(2026, 7, 31)).records(RecordKind.TIP), n -> n == 2);

        assertThat(dashboard(supervisorA, "?period=week").select("#kpi-tip .gw-kpi-value").text()).isEqualTo("1");
        assertThat(dashboard(supervisorA, "?period=quarter").select("#kpi-tip .gw-kpi-value").text()).isEqualTo("1");
        assertThat(dashboard(supervisorA, "?period=custom&from=2026-06-01&to=2026-06-30&area=" + t.gridA1)
                .select("#kpi-tip .gw-kpi-value").text()).isEqualTo("1");
        assertThat(dashboard(supervisorA, "?period=custom&from=2026-07-31&to=2026-06-01&area=" + t.communityA)
                .select("#kpi-tip .gw-kpi-value").text()).isEqualTo("2");
        assertThat(dashboard(supervisorA, "?period=nonsense&from=x&to=y").select("#dashboardScope").text())
                .contains("2026-07-01");
    }

    @Test
    void theListsAndLateCountsComeInTheirOwnRequestsWithinTheScope() throws Exception {
        Document page = dashboard(supervisorA, "");
        assertThat(page.select("#lateCasesList [hx-get]").attr("hx-get"))
                .isEqualTo("/dashboard/lists/late-cases?area=" + t.stationA);
        assertThat(page.select("#kpi-dispute [hx-get]").attr("hx-get"))
                .isEqualTo("/dashboard/late/DISPUTE?area=" + t.stationA);

        Document uncovered = fragment(supervisorA, "/dashboard/lists/uncovered?area=" + t.stationA);
        assertThat(uncovered.select("li a").eachText()).containsExactly("甲一网格", "甲二网格");
        assertThat(fragment(supervisorA, "/dashboard/late/HAZARD?area=" + t.communityA).select(".gw-kpi-late")
                .attr("href")).isEqualTo("/cases/overdue?area=" + t.communityA);
        assertThat(fragment(supervisorA, "/dashboard/lists/late-cases").select(".gw-dashboard-list")).hasSize(1);
        assertThat(fragment(supervisorA, "/dashboard/lists/due-to-visit").select(".gw-dashboard-list")).hasSize(1);

        for (String path : List.of("/dashboard/lists/uncovered", "/dashboard/lists/late-cases",
                "/dashboard/lists/due-to-visit", "/dashboard/late/DISPUTE")) {
            mvc.perform(get(path).param("area", String.valueOf(t.stationB)).with(user(supervisorA)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/dashboard/late/PATROL").with(user(supervisorA))).andExpect(status().isNotFound());
        SignedInUser officer = TestTerritory.user(accounts, users, t.stationA, Role.OFFICER);
        mvc.perform(get("/dashboard/lists/uncovered").with(user(officer))).andExpect(status().isForbidden());
    }

    Document fragment(SignedInUser user, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    @Test
    void officersHaveTheirOwnHomeNotTheDashboard() throws Exception {
        SignedInUser officer = TestTerritory.user(accounts, users, t.stationA, Role.OFFICER);
        mvc.perform(get("/dashboard").with(user(officer))).andExpect(status().isForbidden());
    }
}
