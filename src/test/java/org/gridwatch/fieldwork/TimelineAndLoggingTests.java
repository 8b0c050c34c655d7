package org.gridwatch.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaFixtures;
import org.gridwatch.area.AreaManagement;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
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
class TimelineAndLoggingTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired AreaManagement areaManagement;
    @Autowired AreaDirectory areas;

    TestTerritory t;
    SignedInUser officerA;
    SignedInUser officerB;
    long recordIds = System.nanoTime();

    @BeforeEach
    void territory() {
        t = TestTerritory.create(jdbc);
        officerA = TestTerritory.user(accounts, users, t.stationA, Role.OFFICER);
        officerB = TestTerritory.user(accounts, users, t.stationB, Role.OFFICER);
    }

    long save(RecordKind kind, List<Long> grids, String when, String summary) {
        long id = ++recordIds;
        transactions.executeWithoutResult(tx -> events.publishEvent(new FieldRecordSaved(kind, id, grids, null,
                Instant.parse(when), null, null, summary, List.of(), null, null, null)));
        return id;
    }

    Document page(SignedInUser user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void aGridTimelineShowsEveryKindNewestFirstAndLinksToEachRecord() throws Exception {
        long visit = save(RecordKind.VISIT, List.of(t.gridA1), "2026-07-02T02:00:00Z", "幸福小区入户走访");
        long patrol = save(RecordKind.PATROL, List.of(t.gridA2, t.gridA1), "2026-07-03T02:00:00Z", "夜间巡逻");
        save(RecordKind.TIP, List.of(t.gridA2), "2026-07-04T02:00:00Z", "不在甲一网格");

        Document grid = page(officerA, "/grids/" + t.gridA1 + "/timeline");

        assertThat(grid.select(".gw-timeline-entry a").eachAttr("href"))
                .containsExactly("/patrols/" + patrol, "/visits/" + visit);
        assertThat(grid.select(".gw-timeline-entry").text()).contains("夜间巡逻", "幸福小区入户走访")
                .doesNotContain("不在甲一网格");
    }

    @Test
    void savingARecordAgainReplacesItsEntriesInsteadOfAddingMore() throws Exception {
        long id = save(RecordKind.VISIT, List.of(t.gridA1), "2026-07-02T02:00:00Z", "初稿");
        transactions.executeWithoutResult(tx -> events.publishEvent(new FieldRecordSaved(RecordKind.VISIT, id,
                List.of(t.gridA2), null, Instant.parse("2026-07-02T03:00:00Z"), null, null, "改到乙网格", List.of(),
                null, null, null)));

        assertThat(page(officerA, "/grids/" + t.gridA1 + "/timeline").select(".gw-timeline-entry")).isEmpty();
        assertThat(page(officerA, "/grids/" + t.gridA2 + "/timeline").select(".gw-timeline-entry").text())
                .contains("改到乙网格").doesNotContain("初稿");
    }

    @Test
    void anEntryRollsBackWithTheRecordThatFailedToSave() throws Exception {
        long id = ++recordIds;
        try {
            transactions.executeWithoutResult(tx -> {
                events.publishEvent(new FieldRecordSaved(RecordKind.VISIT, id, List.of(t.gridA1), null,
                        Instant.parse("2026-07-02T02:00:00Z"), null, null, "未保存的走访", List.of(), null, null, null));
                throw new IllegalStateException("the record's own insert failed");
            });
        } catch (IllegalStateException expected) {
            // the whole transaction is gone
        }
        assertThat(page(officerA, "/grids/" + t.gridA1 + "/timeline").text()).doesNotContain("未保存的走访");
    }

    @Test
    void anOfficerOfAnotherStationCannotOpenTheGridTimeline() throws Exception {
        save(RecordKind.VISIT, List.of(t.gridA1), "2026-07-02T02:00:00Z", "甲站的走访");
        mvc.perform(get("/grids/" + t.gridA1 + "/timeline").with(user(officerB))).andExpect(status().isNotFound());
        mvc.perform(get("/grids/" + t.communityA + "/timeline").with(user(officerA))).andExpect(status().isNotFound());
    }

    @Test
    void theLogPageOffersEveryKindToOfficersAndIsClosedToMediators() throws Exception {
        assertThat(page(officerA, "/log").select("a.gw-log-kind").eachAttr("href"))
                .contains("/visits/new", "/patrols/new", "/tips/new", "/hazards/new", "/disputes/new");
        SignedInUser mediator = TestTerritory.user(accounts, users, t.stationA, Role.MEDIATOR);
        mvc.perform(get("/log").with(user(mediator))).andExpect(status().isForbidden());
    }

    @Test
    void gridAtNamesTheGridOfTheScopeUnderThePhonesPosition() throws Exception {
        AreaFixtures fixtures = new AreaFixtures(areaManagement);
        AreaSummary community = areas.get(t.communityA, AreaScope.everything());
        AreaSummary grid = fixtures.add("GPS", AreaType.GRID, community, AreaFixtures.square(-70.0, -40.0, 1.0));

        mvc.perform(get("/fieldwork/grid-at").param("lat", "-39.5").param("lon", "-69.5").with(user(officerA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(grid.id()));
        mvc.perform(get("/fieldwork/grid-at").param("lat", "-39.5").param("lon", "-69.5").with(user(officerB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/fieldwork/grid-at").param("lat", "95").param("lon", "0").with(user(officerA)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/fieldwork/grid-at").param("lat", "north").param("lon", "0").with(user(officerA)))
                .andExpect(status().isBadRequest());
    }
}
