package org.gridwatch.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** A campaign as read, its targets in kind order and its areas with their labels. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record CampaignView(long id, String name, LocalDate startsOn, LocalDate endsOn, List<CoveredArea> areas,
        List<TargetData> targets, String description, Instant updatedAt, long version) {

    /** A covered area: its id, its name and its materialised path. */
    public record CoveredArea(long id, String name, String path) {
    }

    public List<Long> areaIds() {
        return areas.stream().map(CoveredArea::id).toList();
    }

    /** UPCOMING, RUNNING or ENDED on the day. */
    public CampaignState stateOn(LocalDate day) {
        return CampaignState.of(startsOn, endsOn, day);
    }

    /** Days of the period, both ends included. */
    public long days() {
        return endsOn.toEpochDay() - startsOn.toEpochDay() + 1;
    }
}
