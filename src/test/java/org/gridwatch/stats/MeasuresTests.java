package org.gridwatch.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gridwatch.Eventually;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestClock;
import org.gridwatch.TestTerritory;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.Handling;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.fieldwork.Satisfaction;
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

/** 见警率, 管事率 and 满意率 on hand-made records, the empty cases ("—") and the page's scope. */
@IntegrationTest
class MeasuresTests {

    static final Instant NOW = Instant.parse("2026-07-20T04:00:00Z");
    static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);
    static final LocalDate JULY_10 = LocalDate.of(2026, 7, 10);
    static final LocalDate JULY_31 = LocalDate.of(2026, 7, 31);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired Measures measures;
    @Autowired TestClock clock;

    TestTerritory t;
    long ids = System.nanoTime();

    @BeforeEach
    void territory() {
        clock.set(NOW);
        t = TestTerritory.create(jdbc);
    }

    void publish(FieldRecordSaved event) {
        transactions.executeWithoutResult(tx -> events.publishEvent(event));
    }

    long patrol(long grid, String start, long minutes) {
        long id = ++ids;
        Instant at = Instant.parse(start);
        publish(new FieldRecordSaved(RecordKind.PATROL, id, List.of(grid), null, at, at.plusSeconds(minutes * 60),
                "patrol.kind.ROUTINE", "巡逻", List.of(), null, null, null));
        return id;
    }

    FieldRecordSaved answered(RecordKind kind, long id, long grid, String when, Satisfaction answer) {
        return new FieldRecordSaved(kind, id, List.of(grid), null, Instant.parse(when), null, "x", "x", List.of(),
                null, null, null, null, 0, answer);
    }

    @Test
    void visibilityCountsGridDaysWithAPatrolAgainstGridsTimesDays() {
        patrol(t.gridA1, "2026-07-01T01:00:00Z", 60);
        patrol(t.gridA1, "2026-07-01T08:00:00Z", 60);
        patrol(t.gridA1, "2026-07-03T01:00:00Z", 30);
        patrol(t.gridA2, "2026-07-03T02:00:00Z", 30);
        patrol(t.gridB1, "2026-07-02T01:00:00Z", 120);
        patrol(t.gridA2, "2026-07-11T01:00:00Z", 60);
        Eventually.value(() -> measures.measures(t.branch, JULY_1, JULY_31).patrolMinutes(), n -> n == 360);

        MeasureValues a = measures.measures(t.communityA, JULY_1, JULY_10);
        assertThat(a.grids()).isEqualTo(2);
        assertThat(a.days()).isEqualTo(10);
        assertThat(a.visibility()).isEqualTo(new Ratio(3, 20));
        assertThat(a.visibility().text()).isEqualTo("15.0%");
        assertThat(a.patrolMinutes()).isEqualTo(180);
        assertThat(a.patrolHoursPerGrid()).isEqualTo("1.5");

        MeasureValues branch = measures.measures(t.branch, JULY_1, JULY_10);
        assertThat(branch.visibility()).isEqualTo(new Ratio(4, 40));
        assertThat(measures.measures(t.gridA1, JULY_1, JULY_10).visibility()).isEqualTo(new Ratio(2, 10));
        // a running period is judged on the days so far: July 1..20 when today is July 20
        MeasureValues month = measures.measures(t.stationA, JULY_1, JULY_31);
        assertThat(month.countedTo()).isEqualTo(LocalDate.of(2026, 7, 20));
        assertThat(month.visibility()).isEqualTo(new Ratio(4, 40));
        assertThat(month.visibility().text()).isEqualTo("10.0%");
        AreaMeasures panel = measures.withChildren(t.communityA, JULY_1, JULY_10);
        assertThat(panel.area()).isEqualTo(a);
        assertThat(panel.children().get(t.gridA1)).isEqualTo(measures.measures(t.gridA1, JULY_1, JULY_10));
        assertThat(panel.children().get(t.gridA2).visibility()).isEqualTo(new Ratio(1, 10));
    }

    @Test
    void anEmptyOrFuturePeriodOrAnAreaWithoutGridsShowsADashInsteadOfDividingByZero() {
        MeasureValues future = measures.measures(t.stationA, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31));
        assertThat(future.days()).isZero();
        assertThat(future.visibility().defined()).isFalse();
        assertThat(future.visibility().text()).isEqualTo("—");
        assertThat(future.handling().text()).isEqualTo("—");
        assertThat(future.satisfaction().text()).isEqualTo("—");

        MeasureValues quiet = measures.measures(t.stationB, JULY_1, JULY_10);
        assertThat(quiet.visibility()).isEqualTo(new Ratio(0, 20));
        assertThat(quiet.visibility().text()).isEqualTo("0.0%");
        assertThat(quiet.handling().text()).isEqualTo("—");
        assertThat(quiet.satisfaction().text()).isEqualTo("—");
        assertThat(quiet.handlingParts()).extracting(Handling::counted).containsOnly(0L);

        long empty = t.area("COMMUNITY", t.stationB, "空社区");
        MeasureValues gridless = measures.measures(empty, JULY_1, JULY_10);
        assertThat(gridless.grids()).isZero();
        assertThat(gridless.visibility().text()).isEqualTo("—");
        assertThat(gridless.patrolHoursPerGrid()).isEqualTo("—");

        // dates out of order are swapped rather than refused
        assertThat(measures.measures(t.stationB, JULY_10, JULY_1).days()).isEqualTo(10);
    }

    @Test
    void ratiosRoundToOneDecimalAndRefuseImpossibleParts() {
        assertThat(new Ratio(2, 3).text()).isEqualTo("66.7%");
        assertThat(new Ratio(1, 8).text()).isEqualTo("12.5%");
        assertThat(new Ratio(0, 0).percent()).isNull();
        assertThatThrownBy(() -> new Ratio(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Handling(RecordKind.TIP, 1, 2, "k")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void satisfactionIsContentAnswersOverAllAnswersAndFollowsAChangedAnswer() {
        long changing = ++ids;
        publish(answered(RecordKind.VISIT, changing, t.gridA1, "2026-07-02T02:00:00Z", Satisfaction.UNSATISFIED));
        publish(answered(RecordKind.VISIT, ++ids, t.gridA1, "2026-07-02T03:00:00Z", Satisfaction.SATISFIED));
        publish(answered(RecordKind.CONSULTATION, ++ids, t.gridA1, "2026-07-03T02:00:00Z", Satisfaction.BASICALLY));
        publish(answered(RecordKind.DISPUTE, ++ids, t.gridA2, "2026-07-04T02:00:00Z", Satisfaction.SATISFIED));
        publish(answered(RecordKind.VISIT, ++ids, t.gridA2, "2026-07-05T02:00:00Z", Satisfaction.SATISFIED));
        publish(answered(RecordKind.VISIT, ++ids, t.gridA2, "2026-07-05T04:00:00Z", null));
        publish(answered(RecordKind.CONSULTATION, ++ids, t.gridB1, "2026-07-05T02:00:00Z", Satisfaction.UNSATISFIED));
        Eventually.value(() -> measures.measures(t.branch, JULY_1, JULY_31).satisfaction().denominator(),
                n -> n == 6);

        MeasureValues community = measures.measures(t.communityA, JULY_1, JULY_31);
        assertThat(community.satisfaction()).isEqualTo(new Ratio(4, 5));
        assertThat(community.satisfaction().text()).isEqualTo("80.0%");
        assertThat(community.answers()).containsEntry(Satisfaction.SATISFIED, 3L)
                .containsEntry(Satisfaction.BASICALLY, 1L).containsEntry(Satisfaction.UNSATISFIED, 1L);
        assertThat(measures.measures(t.gridA1, JULY_1, JULY_31).satisfaction().text()).isEqualTo("66.7%");
        assertThat(measures.measures(t.stationB, JULY_1, JULY_31).satisfaction()).isEqualTo(new Ratio(0, 1));
        assertThat(measures.measures(t.branch, JULY_1, JULY_31).satisfaction()).isEqualTo(new Ratio(4, 6));
        assertThat(measures.measures(t.communityA, JULY_1, JULY_1).satisfaction().text()).isEqualTo("—");

        FieldRecordSaved better = answered(RecordKind.VISIT, changing, t.gridA1, "2026-07-02T02:00:00Z",
                Satisfaction.SATISFIED);
        publish(better);
        publish(better);
        assertThat(Eventually.value(() -> measures.measures(t.gridA1, JULY_1, JULY_31).satisfaction(),
                r -> r.numerator() == 3)).isEqualTo(new Ratio(3, 3));
        publish(answered(RecordKind.VISIT, changing, t.gridA1, "2026-07-02T02:00:00Z", null));
        assertThat(Eventually.value(() -> measures.measures(t.gridA1, JULY_1, JULY_31).satisfaction(),
                r -> r.denominator() == 2)).isEqualTo(new Ratio(2, 2));
        assertThat(measures.measures(t.branch, JULY_1, JULY_31).satisfaction()).isEqualTo(new Ratio(4, 5));
    }

    @Test
    void handlingCountsMattersActedOnWithinTheirDeadlineAndLeavesOutThoseStillWithinIt() {
        Instant july5 = Instant.parse("2026-07-05T02:00:00Z");
        dispute(t.gridA1, july5, july5.plus(Duration.ofHours(3)));
        dispute(t.gridA1, july5, july5.plus(Duration.ofDays(2)));
        dispute(t.gridA2, july5, null);
        dispute(t.gridA1, NOW.minus(Duration.ofHours(2)), null);
        tip(t.gridA1, july5, "VERIFIED", july5.plus(Duration.ofDays(1)));
        tip(t.gridA1, july5, "DISMISSED", july5.plus(Duration.ofDays(5)));
        tip(t.gridA2, july5, "RECEIVED", null);
        tip(t.gridA2, NOW.minus(Duration.ofDays(1)), "RECEIVED", null);
        hazard(t.gridA1, july5, july5.plus(Duration.ofHours(2)));
        hazard(t.gridA2, july5, july5.plus(Duration.ofDays(3)));
        patrolWithFindings(t.gridA1, july5, true, false);
        dispute(t.gridB1, july5, july5.plus(Duration.ofHours(1)));

        MeasureValues a = measures.measures(t.stationA, JULY_1, JULY_31);
        assertThat(part(a, RecordKind.DISPUTE)).extracting(Handling::counted, Handling::actedInTime)
                .containsExactly(3L, 1L);
        assertThat(part(a, RecordKind.TIP)).extracting(Handling::counted, Handling::actedInTime)
                .containsExactly(3L, 1L);
        assertThat(part(a, RecordKind.HAZARD)).extracting(Handling::counted, Handling::actedInTime)
                .containsExactly(2L, 1L);
        assertThat(part(a, RecordKind.PATROL)).extracting(Handling::counted, Handling::actedInTime)
                .containsExactly(2L, 1L);
        assertThat(a.handling()).isEqualTo(new Ratio(4, 10));
        assertThat(a.handling().text()).isEqualTo("40.0%");
        assertThat(measures.measures(t.gridA2, JULY_1, JULY_31).handling()).isEqualTo(new Ratio(0, 3));
        assertThat(measures.measures(t.stationB, JULY_1, JULY_31).handling()).isEqualTo(new Ratio(1, 1));
        assertThat(measures.measures(t.stationA, JULY_1, JULY_1).handling().text()).isEqualTo("—");

        // The dashboard's panel reads an area and its children in one pass: each child as it is read alone.
        AreaMeasures branch = measures.withChildren(t.branch, JULY_1, JULY_31);
        assertThat(branch.area()).isEqualTo(measures.measures(t.branch, JULY_1, JULY_31));
        assertThat(branch.area().handling()).isEqualTo(new Ratio(5, 11));
        assertThat(branch.children().get(t.stationA)).isEqualTo(a);
        assertThat(branch.children().get(t.stationB).handling()).isEqualTo(new Ratio(1, 1));
        AreaMeasures community = measures.withChildren(t.communityA, JULY_1, JULY_31);
        assertThat(community.children().get(t.gridA2)).isEqualTo(measures.measures(t.gridA2, JULY_1, JULY_31));
        assertThat(community.children().get(t.gridA1).handling()).isEqualTo(new Ratio(4, 7));
    }

    @Test
    void aStationSupervisorSeesTheThreeMeasuresWithTheirDefinitionsButNotAnotherStations() throws Exception {
        SignedInUser supervisorA = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        patrol(t.gridA1, "2026-07-01T01:00:00Z", 60);
        publish(answered(RecordKind.VISIT, ++ids, t.gridA1, "2026-07-02T02:00:00Z", Satisfaction.SATISFIED));
        Eventually.value(() -> measures.measures(t.stationA, JULY_1, JULY_10).satisfaction().denominator(),
                n -> n == 1);

        Document page = Jsoup.parse(mvc.perform(get("/dashboard/measures").param("area", "" + t.stationA)
                .param("from", "2026-07-01").param("to", "2026-07-10").with(user(supervisorA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#measure-visibility .gw-measure-value").text()).isEqualTo("5.0%");
        assertThat(page.select("#measure-visibility").text()).contains("见警率").contains("1 ÷（2 × 10）");
        assertThat(page.select("#measure-handling .gw-measure-value").text()).isEqualTo("—");
        assertThat(page.select("#measure-handling").text()).contains("管事率").contains("受理时限");
        assertThat(page.select("#measure-satisfaction .gw-measure-value").text()).isEqualTo("100.0%");
        assertThat(page.select("#measure-satisfaction").text()).contains("满意率").contains("满意 + 基本满意");
        assertThat(page.select("#measures-area-" + t.communityA).text()).contains("5.0%").contains("100.0%");

        assertThat(mvc.perform(get("/dashboard").with(user(supervisorA))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("hx-get=\"/dashboard/measures?area=" + t.stationA);
        mvc.perform(get("/dashboard/measures").param("area", "" + t.stationB).with(user(supervisorA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/measures").param("area", "x").param("from", "2026-02-30").param("to", "bad")
                .with(user(supervisorA))).andExpect(status().isOk());
        SignedInUser officer = TestTerritory.user(accounts, users, t.stationA, Role.OFFICER);
        mvc.perform(get("/dashboard/measures").with(user(officer))).andExpect(status().isForbidden());
        SignedInUser mediator = TestTerritory.user(accounts, users, t.stationA, Role.MEDIATOR);
        mvc.perform(get("/dashboard/measures").with(user(mediator))).andExpect(status().isForbidden());
    }

    static Handling part(MeasureValues values, RecordKind kind) {
        return values.handlingParts().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
    }

    void dispute(long grid, Instant reported, Instant accepted) {
        jdbc.sql("""
                insert into dispute (grid_id, category, risk, source, description, occurred_at, state, reported_at,
                                     accepted_at, created_at, updated_at)
                values (?, 'NEIGHBOUR', 'LOW', 'WALK_IN', '测试纠纷', ?, ?, ?, ?, ?, ?)
                """).params(grid, ts(reported), accepted == null ? "REPORTED" : "ACCEPTED", ts(reported),
                ts(accepted), ts(reported), ts(reported)).update();
    }

    void tip(long grid, Instant recorded, String status, Instant actedAt) {
        jdbc.sql("""
                insert into tip (category, content, source_kind, grid_id, occurred_at, status, verified_at,
                                 dismissed_at, dismissal_reason, recorded_by_name, recorded_at, updated_at)
                values ('OTHER', '测试线索', 'RESIDENT', ?, ?, ?, ?, ?, ?, '测试', ?, ?)
                """).params(grid, ts(recorded), status, "VERIFIED".equals(status) ? ts(actedAt) : null,
                "DISMISSED".equals(status) ? ts(actedAt) : null, "DISMISSED".equals(status) ? "不实" : null,
                ts(recorded), ts(recorded)).update();
    }

    void hazard(long grid, Instant created, Instant notified) {
        jdbc.sql("""
                insert into hazard (grid_id, category, severity, description, found_by, found_at, responsible_unit,
                                    state, due_at, notice_deadline, notified_at, created_at, updated_at)
                values (?, 'FIRE', 'LOW', '测试隐患', 'PATROL', ?, '物业', 'NOTIFIED', ?, ?, ?, ?, ?)
                """).params(grid, ts(created), ts(notified.plus(Duration.ofDays(5))), java.sql.Date.valueOf("2026-07-30"),
                ts(notified), ts(created), ts(created)).update();
    }

    void patrolWithFindings(long grid, Instant start, boolean... followedUp) {
        long id = jdbc.sql("""
                insert into patrol (kind, started_at, ended_at, grid_id, recorded_by_name, recorded_at, updated_at)
                values ('ROUTINE', ?, ?, ?, '测试', ?, ?) returning id
                """).params(ts(start), ts(start.plus(Duration.ofHours(1))), grid, ts(start), ts(start))
                .query(Long.class).single();
        // a patrol always has its grids listed (a rebuild replays it from them)
        jdbc.sql("insert into patrol_grid (patrol_id, position, grid_id) values (?, 0, ?)").params(id, grid).update();
        for (int i = 0; i < followedUp.length; i++) {
            jdbc.sql("""
                    insert into patrol_finding (patrol_id, position, finding_no, text, followed_up_kind, followed_up_id)
                    values (?, ?, ?, '发现', ?, ?)
                    """).params(id, i, i + 1, followedUp[i] ? "HAZARD" : null, followedUp[i] ? 1L : null).update();
        }
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
