package org.gridwatch.hazard;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a hazard's timeline: what happened, when, by whom (null for a handover), note and deadline set. */
public record HazardStepView(HazardAction action, HazardState from, HazardState to, Instant at, String byName,
        String note, LocalDate deadline) {
}
