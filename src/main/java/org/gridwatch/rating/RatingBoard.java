package org.gridwatch.rating;

import java.time.YearMonth;
import java.util.List;
import org.gridwatch.area.AreaSummary;
import org.springframework.modulith.NamedInterface;

/**
 * A month's ratings of every community in an area: the rules in force (for the column heads), one row per
 * community, whether the month is over (only then can it be confirmed) and the area's confirmation, if any.
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record RatingBoard(AreaSummary area, String areaLabel, YearMonth month, boolean monthOver,
        List<RatingRule> rules, List<CommunityRating> rows, Confirmation confirmation) {

    public long threeZeroCount() {
        return rows.stream().filter(CommunityRating::threeZero).count();
    }

    public long frozenCount() {
        return rows.stream().filter(CommunityRating::frozen).count();
    }

    public boolean confirmable() {
        return monthOver && confirmation == null && !rows.isEmpty();
    }
}
