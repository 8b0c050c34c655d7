package org.gridwatch.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestClock;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.dispute.DisputeDirectory;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The "三零" rules on hand-made disputes and hazards (June 2026, the clock in late July), the frozen snapshot after
 * a confirmation, and who may read and confirm what.
 */
@IntegrationTest
class RatingTests {

    static final YearMonth JUNE = YearMonth.of(2026, 6);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired TestClock clock;
    @Autowired Ratings ratings;
    @Autowired DisputeDirectory disputes;

    TestTerritory t;
    SignedInUser supervisorA;
    AreaScope scopeA;

    @BeforeEach
    void territory() {
        clock.set(Instant.parse("2026-07-20T04:00:00Z"));
        t = TestTerritory.create(jdbc);
        supervisorA = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        scopeA = new AreaScope(path(t.stationA));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDisputeLateAtAnyStageInTheMonthBreaksTheRuleAndOnTimeOrEarlierLatenessDoesNot() {
        // resolution due 06-16 (15 days after acceptance), resolved 06-25: late in June
        long lateResolution = dispute(t.gridA1, "晚化解", "2026-06-01T02:00:00Z", "2026-06-01T06:00:00Z",
                "2026-06-25T02:00:00Z", null, "2026-06-27T02:00:00Z");
        // every stage on time
        dispute(t.gridA2, "按时", "2026-06-05T02:00:00Z", "2026-06-05T03:00:00Z", "2026-06-10T02:00:00Z", null,
                "2026-06-12T02:00:00Z");
        // late in May only
        dispute(t.gridA2, "五月晚", "2026-05-01T02:00:00Z", "2026-05-01T03:00:00Z", "2026-05-20T02:00:00Z", null,
                "2026-05-22T02:00:00Z");
        // reported on 06-28 and never accepted: acceptance due 06-29, late ever since
        long neverAccepted = dispute(t.gridB1, "未受理", "2026-06-28T02:00:00Z", null, null, null, null);

        List<CommunityRating> rows = ratings.board(t.branch, JUNE, AreaScope.everything()).rows();
        // the board counts; each community's page lists the records behind the count
        CommunityRating a = ratings.community(t.communityA, JUNE, AreaScope.everything());
        CommunityRating b = ratings.community(t.communityB, JUNE, AreaScope.everything());
        assertThat(a.breachesOf(RatingRule.NO_DISPUTE_OVERDUE)).extracting(Breach::recordId).containsExactly(lateResolution);
        assertThat(a.result(RatingRule.NO_DISPUTE_OVERDUE).passed()).isFalse();
        assertThat(a.breachesOf(RatingRule.NO_DISPUTE_OVERDUE).get(0).link()).isEqualTo("/disputes/" + lateResolution);
        assertThat(a.breachesOf(RatingRule.NO_DISPUTE_OVERDUE).get(0).at()).isEqualTo(Instant.parse("2026-06-16T06:00:00Z"));
        assertThat(b.breachesOf(RatingRule.NO_DISPUTE_OVERDUE)).extracting(Breach::recordId).containsExactly(neverAccepted);
        assertThat(a.threeZero()).isFalse();
        assertThat(row(rows, t.communityA).result(RatingRule.NO_DISPUTE_OVERDUE)).extracting(RuleResult::breaches,
                RuleResult::passed).containsExactly(1, false);
        assertThat(row(rows, t.communityB).result(RatingRule.NO_DISPUTE_OVERDUE).breaches()).isEqualTo(1);
        assertThat(row(rows, t.communityA).threeZero()).isFalse();
        assertThat(ratings.board(t.stationA, YearMonth.of(2026, 5), scopeA).rows().get(0)
                .result(RatingRule.NO_DISPUTE_OVERDUE).breaches()).isEqualTo(1);
        assertThat(ratings.board(t.stationA, YearMonth.of(2026, 4), scopeA).rows().get(0).threeZero()).isTrue();
    }

    @Test
    void aGraceCountsOnlyCasesLateByMoreThanIt() {
        // resolution due 06-16T06:00, resolved 06-20: four days late
        long late = dispute(t.gridA1, "四天", "2026-06-01T02:00:00Z", "2026-06-01T06:00:00Z", "2026-06-20T02:00:00Z",
                null, null);
        Instant from = Instant.parse("2026-05-31T16:00:00Z");
        Instant to = Instant.parse("2026-06-30T16:00:00Z");

        assertThat(disputes.overdueDuring(path(t.stationA), from, to, Duration.ofDays(3))).extracting(d -> d.id())
                .containsExactly(late);
        assertThat(disputes.overdueDuring(path(t.stationA), from, to, Duration.ofDays(5))).isEmpty();
    }

    @Test
    void aHazardUnrectifiedPastItsDeadlineBreaksTheRuleOfTheMonthsItWasLateIn() {
        // deadline 06-10 (due 06-11 00:00 Beijing), rectified 06-15: late in June
        long lateJune = hazard(t.gridA1, "晚整改", "2026-06-10", "2026-06-15T02:00:00Z", null);
        // deadline 06-30, rectified that day: on time
        hazard(t.gridA1, "按时整改", "2026-06-30", "2026-06-30T02:00:00Z", null);
        // rectified on time, reopened with deadline 07-05, never rectified again: late in July only
        long lateJuly = hazard(t.gridA2, "复查未过", "2026-06-20", "2026-06-19T02:00:00Z", "2026-07-05");

        CommunityRating june = ratings.community(t.communityA, JUNE, scopeA);
        CommunityRating july = ratings.community(t.communityA, YearMonth.of(2026, 7), scopeA);

        assertThat(june.breachesOf(RatingRule.NO_HAZARD_OVERDUE)).extracting(Breach::recordId).containsExactly(lateJune);
        assertThat(june.breachesOf(RatingRule.NO_HAZARD_OVERDUE).get(0).at())
                .isEqualTo(Instant.parse("2026-06-10T16:00:00Z"));
        assertThat(july.breachesOf(RatingRule.NO_HAZARD_OVERDUE)).extracting(Breach::recordId).containsExactly(lateJuly);
        assertThat(june.result(RatingRule.NO_DISPUTE_OVERDUE).passed()).isTrue();
    }

    @Test
    void aDisputeEscalatedInTheMonthBreaksTheNoEscalationRule() {
        long june = dispute(t.gridA1, "上交", "2026-06-10T02:00:00Z", "2026-06-10T03:00:00Z", null,
                "2026-06-15T02:00:00Z", null);
        dispute(t.gridA1, "七月上交", "2026-06-28T02:00:00Z", "2026-06-28T03:00:00Z", null, "2026-07-01T02:00:00Z", null);

        CommunityRating rating = ratings.community(t.communityA, JUNE, scopeA);

        assertThat(rating.breachesOf(RatingRule.NO_ESCALATION)).extracting(Breach::recordId).containsExactly(june);
        assertThat(rating.result(RatingRule.NO_ESCALATION).passed()).isFalse();
        assertThat(rating.result(RatingRule.NO_DISPUTE_OVERDUE).passed()).isTrue();
        assertThat(rating.threeZero()).isFalse();
    }

    @Test
    void aConfirmedRatingIsFrozenAndALaterEditOfTheRecordLeavesItUnchanged() throws Exception {
        long late = dispute(t.gridA1, "晚化解原文", "2026-06-01T02:00:00Z", "2026-06-01T06:00:00Z",
                "2026-06-25T02:00:00Z", null, null);
        mvc.perform(post("/ratings/confirm").param("area", String.valueOf(t.stationA)).param("month", "2026-06")
                .with(user(supervisorA)).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "rating.confirm.CONFIRMED"));

        // the record is corrected afterwards: resolved on time, another text; and a new escalation appears
        jdbc.sql("update dispute set resolved_at = ?, description = ? where id = ?")
                .params(ts("2026-06-10T02:00:00Z"), "改过的文字", late).update();
        dispute(t.gridA2, "后补上交", "2026-06-10T02:00:00Z", "2026-06-10T03:00:00Z", null, "2026-06-15T02:00:00Z", null);

        CommunityRating frozen = ratings.community(t.communityA, JUNE, scopeA);
        assertThat(frozen.frozen()).isTrue();
        assertThat(frozen.breachesOf(RatingRule.NO_DISPUTE_OVERDUE)).extracting(Breach::title)
                .containsExactly("晚化解原文");
        assertThat(frozen.result(RatingRule.NO_ESCALATION).passed()).isTrue();
        assertThat(ratings.history(t.communityA, JUNE, scopeA)).hasSize(1);
        Document page = page("/ratings/" + t.communityA + "/2026-06", supervisorA);
        assertThat(page.select("#result-NO_DISPUTE_OVERDUE").text()).contains("晚化解原文").doesNotContain("改过的文字");
        assertThat(page.select("#ratingHistory ol > li")).hasSize(1);
        Document board = page("/ratings?area=" + t.stationA + "&month=2026-06", supervisorA);
        assertThat(board.select("#confirmedBadge")).hasSize(1);
        assertThat(board.select("#confirmForm")).isEmpty();
        // another month is still live
        assertThat(ratings.community(t.communityA, YearMonth.of(2026, 5), scopeA).frozen()).isFalse();
    }

    @Test
    void confirmingTwiceGivesOneConfirmation() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/ratings/confirm").param("area", String.valueOf(t.stationA)).param("month", "2026-06")
                    .with(user(supervisorA)).with(csrf())).andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute(i == 0 ? "flash" : "flashError",
                            i == 0 ? "rating.confirm.CONFIRMED" : "rating.confirm.ALREADY_CONFIRMED"));
        }
        assertThat(jdbc.sql("select count(*) from rating_confirmation where area_id = ?").param(t.stationA)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from rating_community where community_id = ?").param(t.communityA)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMonthNotOverCannotBeConfirmed() throws Exception {
        mvc.perform(post("/ratings/confirm").param("area", String.valueOf(t.stationA)).param("month", "2026-07")
                .with(user(supervisorA)).with(csrf()))
                .andExpect(flash().attribute("flashError", "rating.confirm.MONTH_NOT_OVER"));
        assertThat(jdbc.sql("select count(*) from rating_confirmation where area_id = ?").param(t.stationA)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anotherStationsRatingsAreNotFound() throws Exception {
        mvc.perform(get("/ratings").param("area", String.valueOf(t.stationB)).with(user(supervisorA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ratings/" + t.communityB + "/2026-06").with(user(supervisorA)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/ratings/confirm").param("area", String.valueOf(t.stationB)).param("month", "2026-06")
                .with(user(supervisorA)).with(csrf())).andExpect(status().isNotFound());
        assertThat(page("/ratings", supervisorA).select("#ratingTable tbody tr").eachAttr("id"))
                .containsExactly("community-" + t.communityA);
    }

    @Test
    void onlySupervisorsConfirmAndAuxiliariesAndMediatorsReadNothing() throws Exception {
        SignedInUser officer = TestTerritory.user(accounts, users, t.stationA, Role.OFFICER);
        SignedInUser admin = TestTerritory.user(accounts, users, t.branch, Role.ADMIN);
        SignedInUser auxiliary = TestTerritory.user(accounts, users, t.stationA, Role.AUXILIARY);
        SignedInUser mediator = TestTerritory.user(accounts, users, t.stationA, Role.MEDIATOR);

        mvc.perform(get("/ratings").with(user(officer))).andExpect(status().isOk());
        mvc.perform(get("/ratings").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/ratings").with(user(auxiliary))).andExpect(status().isForbidden());
        mvc.perform(get("/ratings/" + t.communityA + "/2026-06").with(user(mediator))).andExpect(status().isForbidden());
        for (SignedInUser notSupervisor : List.of(officer, admin, auxiliary)) {
            mvc.perform(post("/ratings/confirm").param("area", String.valueOf(t.stationA)).param("month", "2026-06")
                    .with(user(notSupervisor)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(page("/ratings", officer).select("#confirmForm")).isEmpty();
        assertThat(page("/ratings?month=2026-06", supervisorA).select("#confirmForm")).hasSize(1);
    }

    @Test
    void malformedMonthOrAreaGivesAFieldMessageOrNotFound() throws Exception {
        for (String month : List.of("2026-13", "junk", "1999-12", "2030-01", "2026-6", "'; drop table area; --")) {
            Document page = page("/ratings?month=" + java.net.URLEncoder.encode(month, "UTF-8"), supervisorA);
            assertThat(page.select("#monthFeedback").text()).as(month).isNotBlank();
        }
        mvc.perform(get("/ratings").param("area", "abc").with(user(supervisorA))).andExpect(status().isNotFound());
        mvc.perform(get("/ratings").param("area", "999999999999").with(user(supervisorA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ratings/abc/2026-06").with(user(supervisorA))).andExpect(status().isNotFound());
        mvc.perform(get("/ratings/" + t.communityA + "/2026-13").with(user(supervisorA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ratings/" + t.gridA1 + "/2026-06").with(user(supervisorA))).andExpect(status().isNotFound());
        mvc.perform(post("/ratings/confirm").param("area", String.valueOf(t.stationA)).param("month", "x")
                .with(user(supervisorA)).with(csrf())).andExpect(flash().attribute("flashError", "rating.month.invalid"));
        mvc.perform(post("/ratings/confirm").param("area", "x").param("month", "2026-06")
                .with(user(supervisorA)).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void aBoardOfManyCommunitiesShowsThemFiftyToAPageAndCountsThemAll() throws Exception {
        long station = t.area("STATION", t.branch, "大所");
        List<Long> communities = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            communities.add(t.area("COMMUNITY", station, String.format("社区%02d", i)));
        }
        SignedInUser chief = TestTerritory.user(accounts, users, station, Role.SUPERVISOR);

        Document first = page("/ratings?month=2026-06", chief);
        Document second = page("/ratings?month=2026-06&page=1", chief);
        assertThat(first.select("#ratingTable tbody tr")).hasSize(50);
        assertThat(second.select("#ratingTable tbody tr")).hasSize(10);
        assertThat(first.select("#ratingSummary").text()).contains("60");
        assertThat(first.select(".pagination a[rel=next]").attr("href")).contains("page=1").contains("month=2026-06");
        List<String> shown = new java.util.ArrayList<>(first.select("#ratingTable tbody tr").eachAttr("id"));
        shown.addAll(second.select("#ratingTable tbody tr").eachAttr("id"));
        assertThat(shown).containsExactlyInAnyOrderElementsOf(communities.stream().map(id -> "community-" + id).toList());
    }

    private Document page(String url, SignedInUser who) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static CommunityRating row(List<CommunityRating> rows, long communityId) {
        return rows.stream().filter(r -> r.communityId() == communityId).findFirst().orElseThrow();
    }

    private String path(long areaId) {
        return jdbc.sql("select path from area where id = ?").param(areaId).query(String.class).single();
    }

    private static Timestamp ts(String instant) {
        return instant == null ? null : Timestamp.from(Instant.parse(instant));
    }

    /** A dispute with the given moments; its state follows from the last of them. */
    private long dispute(long grid, String description, String reported, String accepted, String resolved,
            String escalated, String closed) {
        String state = closed != null ? "CLOSED" : escalated != null ? "ESCALATED" : resolved != null ? "RESOLVED"
                : accepted != null ? "ACCEPTED" : "REPORTED";
        return jdbc.sql("""
                insert into dispute (grid_id, category, risk, source, description, occurred_at, state, reported_at,
                    accepted_at, resolved_at, agreement, escalated_at, escalated_to, closed_at, satisfaction,
                    created_at, updated_at)
                values (?, 'NEIGHBOUR', 'LOW', 'WALK_IN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id
                """).params(grid, description, ts(reported), state, ts(reported), ts(accepted), ts(resolved),
                        resolved == null ? null : "和解", ts(escalated), escalated == null ? null : "STATION",
                        ts(closed), closed == null ? null : "SATISFIED", ts(reported), ts(reported))
                .query(Long.class).single();
    }

    /** A hazard notified with a deadline and rectified; optionally reopened with a new deadline afterwards. */
    private long hazard(long grid, String description, String deadline, String rectified, String reopenedDeadline) {
        String state = reopenedDeadline != null ? "REOPENED" : "RECTIFIED";
        long id = jdbc.sql("""
                insert into hazard (grid_id, category, severity, description, found_by, found_at, responsible_unit,
                    state, due_at, notice_deadline, created_at, updated_at)
                values (?, 'FIRE', 'HIGH', ?, 'PATROL', ?, '单位', ?, ?, ?, ?, ?) returning id
                """).params(grid, description, ts("2026-06-01T02:00:00Z"), state, ts("2026-12-01T00:00:00Z"),
                        LocalDate.parse(reopenedDeadline != null ? reopenedDeadline : deadline),
                        ts("2026-06-01T02:00:00Z"), ts("2026-06-01T02:00:00Z"))
                .query(Long.class).single();
        step(id, "RECORDED", "FOUND", "2026-06-01T02:00:00Z", null);
        step(id, "NOTIFIED", "NOTIFIED", "2026-06-01T03:00:00Z", deadline);
        step(id, "RECTIFIED", "RECTIFIED", rectified, null);
        if (reopenedDeadline != null) {
            step(id, "REOPENED", "REOPENED", "2026-06-22T02:00:00Z", reopenedDeadline);
        }
        return id;
    }

    private void step(long hazard, String action, String to, String at, String deadline) {
        jdbc.sql("insert into hazard_step (hazard_id, action, to_state, at, deadline) values (?, ?, ?, ?, ?)")
                .params(hazard, action, to, ts(at), deadline == null ? null : LocalDate.parse(deadline)).update();
    }
}
