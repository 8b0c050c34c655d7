package org.gridwatch.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gridwatch.campaign.CampaignProgress.Part;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.stats.Statistics.CampaignPoint;
import org.junit.jupiter.api.Test;

/** The progress arithmetic on hand-made figures: two communities, three grids, a 28-day campaign. */
class CampaignProgressTests {

    static final LocalDate START = LocalDate.of(2026, 6, 1);
    static final Part NORTH = new Part(10, "北社区", "/1/2/10/");
    static final Part SOUTH = new Part(20, "南社区", "/1/2/20/");
    static final Part N1 = new Part(11, "北一", "/1/2/10/11/");
    static final Part N2 = new Part(12, "北二", "/1/2/10/12/");
    static final Part S1 = new Part(21, "南一", "/1/2/20/21/");

    static CampaignView campaign(TargetData... targets) {
        return new CampaignView(1, "夏季行动", START, START.plusDays(27),
                List.of(new CampaignView.CoveredArea(2, "派出所", "/1/2/")), List.of(targets), null, Instant.EPOCH, 0);
    }

    static CampaignPoint point(Part grid, int day, RecordKind kind, String state, long records) {
        return new CampaignPoint(grid.id(), grid.path(), START.plusDays(day), kind, state, records);
    }

    @Test
    void aPerGridWeeklyTargetAsksEachGridForItsWeeksAndListsTheGridsBehindThePace() {
        // 2 patrols per grid per week; 10 days elapsed: each grid owes floor(2 × 10 / 7) = 2 by now
        CampaignView c = campaign(new TargetData(TargetKind.PATROL, 2, TargetUnit.PER_GRID_WEEK));
        List<CampaignPoint> points = List.of(
                point(N1, 0, RecordKind.PATROL, "", 2), point(N1, 8, RecordKind.PATROL, "", 1),
                point(N2, 3, RecordKind.PATROL, "", 1),
                point(S1, 9, RecordKind.VISIT, "", 5));

        CampaignProgress p = CampaignProgress.of(c, START.plusDays(9), points, List.of(NORTH, SOUTH), List.of(N1, N2, S1));

        assertThat(p.daysElapsed()).isEqualTo(10);
        CampaignProgress.TargetProgress patrols = p.target(TargetKind.PATROL);
        assertThat(patrols.goal()).isEqualTo(3 * 8);      // 28 days: 8 per grid, three grids
        assertThat(patrols.expected()).isEqualTo(3 * 2);
        assertThat(patrols.actual()).isEqualTo(4);
        assertThat(patrols.percent()).isEqualTo(16);      // 4 × 100 / 24
        assertThat(patrols.behind()).isTrue();
        assertThat(p.parts()).extracting(pp -> pp.targets().get(0).actual()).containsExactly(4L, 0L);
        assertThat(p.parts()).extracting(pp -> pp.targets().get(0).goal()).containsExactly(16L, 8L);
        assertThat(p.parts()).extracting(CampaignProgress.PartProgress::grids).containsExactly(2, 1);
        assertThat(p.behind()).extracting(b -> b.grid().label(), CampaignProgress.GridBehind::actual)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("南一", 0L),
                        org.assertj.core.groups.Tuple.tuple("北二", 1L));
        assertThat(p.days()).hasSize(10);
        assertThat(p.daily().get(TargetKind.PATROL)).containsExactly(2L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 1L, 0L);
    }

    @Test
    void aTotalTargetHasAPaceInProportionToTheDaysAndNoGoalPerArea() {
        CampaignView c = campaign(new TargetData(TargetKind.PUBLICITY, 14, TargetUnit.TOTAL),
                new TargetData(TargetKind.HAZARD_RECTIFIED, 4, TargetUnit.TOTAL));
        List<CampaignPoint> points = List.of(point(N1, 1, RecordKind.PUBLICITY, "", 3),
                point(S1, 2, RecordKind.HAZARD, "hazard.state.VERIFIED", 1),
                point(S1, 2, RecordKind.HAZARD, "hazard.state.RECTIFIED", 1),
                point(S1, 3, RecordKind.HAZARD, "hazard.state.FOUND", 7));

        CampaignProgress p = CampaignProgress.of(c, START.plusDays(13), points, List.of(NORTH, SOUTH), List.of(N1, N2, S1));

        assertThat(p.target(TargetKind.PUBLICITY).goal()).isEqualTo(14);
        assertThat(p.target(TargetKind.PUBLICITY).expected()).isEqualTo(7);   // 14 × 14 / 28
        assertThat(p.target(TargetKind.PUBLICITY).behind()).isTrue();
        assertThat(p.target(TargetKind.HAZARD_RECTIFIED).actual()).isEqualTo(2);   // found-only hazards do not count
        assertThat(p.parts().get(1).targets().get(1).goal()).isNull();
        assertThat(p.parts().get(1).targets().get(1).actual()).isEqualTo(2);
        assertThat(p.behind()).isEmpty();
    }

    @Test
    void beforeTheStartNothingIsExpectedAndAfterTheEndTheWholePeriodCounts() {
        CampaignView c = campaign(new TargetData(TargetKind.PATROL, 1, TargetUnit.PER_GRID_WEEK));
        CampaignProgress before = CampaignProgress.of(c, START.minusDays(3), List.of(), List.of(), List.of(N1));
        assertThat(before.daysElapsed()).isZero();
        assertThat(before.target(TargetKind.PATROL).expected()).isZero();
        assertThat(before.days()).isEmpty();
        assertThat(before.behind()).isEmpty();

        CampaignProgress after = CampaignProgress.of(c, START.plusDays(100), List.of(), List.of(), List.of(N1));
        assertThat(after.daysElapsed()).isEqualTo(28);
        assertThat(after.target(TargetKind.PATROL).expected()).isEqualTo(4);
        assertThat(after.behind()).singleElement().satisfies(b -> assertThat(b.expected()).isEqualTo(4));
    }
}
