package org.gridwatch.campaign;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** Where a campaign stands on a day: not started, running, or over. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public enum CampaignState {
    UPCOMING, RUNNING, ENDED;

    static CampaignState of(LocalDate startsOn, LocalDate endsOn, LocalDate day) {
        if (day.isBefore(startsOn)) {
            return UPCOMING;
        }
        return day.isAfter(endsOn) ? ENDED : RUNNING;
    }

    public String labelKey() {
        return "campaign.state." + name();
    }
}
