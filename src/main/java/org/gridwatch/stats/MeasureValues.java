package org.gridwatch.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gridwatch.fieldwork.Handling;
import org.gridwatch.fieldwork.Satisfaction;

/**
 * The article's three measures for one area and period, each with the parts of its formula.
 *
 * @param countedTo       the last day counted: the period's end, or today when the period runs on
 * @param grids           the area's grids (those not retired before the period began)
 * @param days            days from {@code from} to {@code countedTo} (0 when the period lies in the future)
 * @param visibility      见警率: grid-days with at least one patrol ÷ (grids × days)
 * @param patrolMinutes   minutes patrolled in the area over the period
 * @param handling        管事率: matters acted on in time ÷ matters counted, summed over {@code handlingParts}
 * @param satisfaction    满意率: (满意 + 基本满意) ÷ answers
 * @param answers         the answers per level
 */
public record MeasureValues(long areaId, LocalDate from, LocalDate to, LocalDate countedTo, long grids, long days,
        Ratio visibility, long patrolMinutes, Ratio handling, List<Handling> handlingParts, Ratio satisfaction,
        Map<Satisfaction, Long> answers) {

    /** Patrol hours per grid over the period, one decimal, or "—" without grids. */
    public String patrolHoursPerGrid() {
        if (grids == 0) {
            return Ratio.NONE;
        }
        return BigDecimal.valueOf(patrolMinutes).divide(BigDecimal.valueOf(60L * grids), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** A part of the 管事率 as a ratio. */
    public static Ratio ratio(Handling part) {
        return new Ratio(part.actedInTime(), part.counted());
    }
}
