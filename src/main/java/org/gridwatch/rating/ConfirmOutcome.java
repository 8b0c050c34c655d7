package org.gridwatch.rating;

import org.springframework.modulith.NamedInterface;

/** What a confirmation did: confirmed now, or nothing because it was confirmed before, the month is not over or the area has no community. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public enum ConfirmOutcome {
    CONFIRMED, ALREADY_CONFIRMED, MONTH_NOT_OVER, NO_COMMUNITIES;

    public String messageKey() {
        return "rating.confirm." + name();
    }
}
