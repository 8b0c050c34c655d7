package org.gridwatch.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridwatch.stats.Statistics.CampaignPoint;
import org.springframework.modulith.NamedInterface;

/**
 * A campaign's progress on a day: each target overall and per part (child area), the daily counts, and the
 * grids behind a per-grid-per-week target.
 *
 * <p>The arithmetic: a per-grid-per-week target of {@code n} asks each grid for {@code floor(n × days / 7)}
 * records over {@code days} days, so its goal is that times the grids over the whole period and the pace
 * expected so far that times the grids over the days elapsed. A total target's goal is its number, expected
 * so far in proportion to the days elapsed ({@code floor(n × elapsed / days)}); parts have no goal of their own.
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record CampaignProgress(LocalDate asOf, long daysElapsed, long daysTotal, int grids,
        List<TargetProgress> targets, List<PartProgress> parts, List<LocalDate> days,
        Map<TargetKind, List<Long>> daily, List<GridBehind> behind) {

    /** An area or grid of the campaign: id, label and path. */
    public record Part(long id, String label, String path) {
    }

    /** One target's figures; {@code goal} is null for a part of a total target. */
    public record TargetProgress(TargetData target, Long goal, Long expected, long actual) {

        /** Actual as a percentage of the goal (0 without a goal). */
        public long percent() {
            return goal == null || goal == 0 ? 0 : actual * 100 / goal;
        }

        /** Behind the pace expected so far. */
        public boolean behind() {
            return expected != null && actual < expected;
        }
    }

    /** One child area (or covered area) with its grids and its figures per target. */
    public record PartProgress(Part part, int grids, List<TargetProgress> targets) {
    }

    /** A grid with fewer records than a per-grid-per-week target expects by now. */
    public record GridBehind(Part grid, TargetKind kind, long expected, long actual) {
    }

    /** Most grids listed as behind (the worst first). */
    public static final int BEHIND_LIMIT = 200;

    /**
     * Computes the progress as of {@code today} from the campaign's counted records ({@code points}), its
     * parts (child areas shown as rows) and the live grids it covers.
     */
    public static CampaignProgress of(CampaignView campaign, LocalDate today, List<CampaignPoint> points,
            List<Part> parts, List<Part> grids) {
        long total = campaign.days();
        long elapsed = Math.max(0, Math.min(total, today.toEpochDay() - campaign.startsOn().toEpochDay() + 1));
        List<TargetData> targets = campaign.targets();

        List<TargetProgress> overall = targets.stream()
                .map(t -> figures(t, grids.size(), total, elapsed, count(t, points, null), true)).toList();

        List<PartProgress> partRows = new ArrayList<>();
        for (Part part : parts) {
            int partGrids = (int) grids.stream().filter(g -> g.path().startsWith(part.path())).count();
            partRows.add(new PartProgress(part, partGrids, targets.stream()
                    .map(t -> figures(t, partGrids, total, elapsed, count(t, points, part.path()), false)).toList()));
        }

        List<LocalDate> days = new ArrayList<>();
        for (long d = 0; d < elapsed; d++) {
            days.add(campaign.startsOn().plusDays(d));
        }
        Map<TargetKind, List<Long>> daily = new EnumMap<>(TargetKind.class);
        for (TargetData t : targets) {
            Map<LocalDate, Long> byDay = new HashMap<>();
            points.stream().filter(p -> t.kind().counts(p.kind(), p.stateKey()))
                    .forEach(p -> byDay.merge(p.day(), p.records(), Long::sum));
            daily.put(t.kind(), days.stream().map(d -> byDay.getOrDefault(d, 0L)).toList());
        }

        List<GridBehind> behind = new ArrayList<>();
        for (TargetData t : targets) {
            if (t.unit() != TargetUnit.PER_GRID_WEEK) {
                continue;
            }
            long expected = perGrid(t.amount(), elapsed);
            if (expected == 0) {
                continue;
            }
            Map<Long, Long> byGrid = new HashMap<>();
            points.stream().filter(p -> t.kind().counts(p.kind(), p.stateKey()))
                    .forEach(p -> byGrid.merge(p.gridId(), p.records(), Long::sum));
            for (Part grid : grids) {
                long actual = byGrid.getOrDefault(grid.id(), 0L);
                if (actual < expected) {
                    behind.add(new GridBehind(grid, t.kind(), expected, actual));
                }
            }
        }
        behind.sort(Comparator.comparingLong((GridBehind b) -> b.actual() - b.expected())
                .thenComparing(b -> b.grid().label()));
        return new CampaignProgress(today, elapsed, total, grids.size(), overall, partRows, days, daily,
                behind.size() > BEHIND_LIMIT ? behind.subList(0, BEHIND_LIMIT) : behind);
    }

    /** What one grid owes a per-grid-per-week target after so many days. */
    static long perGrid(int amount, long days) {
        return amount * days / 7;
    }

    private static TargetProgress figures(TargetData t, int grids, long total, long elapsed, long actual,
            boolean whole) {
        if (t.unit() == TargetUnit.PER_GRID_WEEK) {
            return new TargetProgress(t, grids * perGrid(t.amount(), total), grids * perGrid(t.amount(), elapsed),
                    actual);
        }
        if (!whole) {
            return new TargetProgress(t, null, null, actual);
        }
        return new TargetProgress(t, (long) t.amount(), t.amount() * elapsed / total, actual);
    }

    private static long count(TargetData t, List<CampaignPoint> points, String pathPrefix) {
        return points.stream().filter(p -> t.kind().counts(p.kind(), p.stateKey()))
                .filter(p -> pathPrefix == null || p.gridPath().startsWith(pathPrefix))
                .mapToLong(CampaignPoint::records).sum();
    }

    /** Whether a target is per grid per week (only those have grids behind). */
    public boolean hasWeeklyTargets() {
        return targets.stream().anyMatch(t -> t.target().unit() == TargetUnit.PER_GRID_WEEK);
    }

    /** The target of the kind, if the campaign has one. */
    public TargetProgress target(TargetKind kind) {
        return targets.stream().filter(t -> t.target().kind() == kind).findFirst().orElse(null);
    }
}
