package org.gridwatch.hazard;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** One entry of a hazard's timeline: what happened, when, by whom (null for a handover), note and deadline set. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record HazardStepView(HazardAction action, HazardState from, HazardState to, Instant at, String byName,
        String note, LocalDate deadline) {
}
