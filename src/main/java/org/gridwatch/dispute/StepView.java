package org.gridwatch.dispute;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** One entry of a dispute's timeline; {@code actorName} is null for steps the system took (a duty handover). */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record StepView(Instant at, StepKind kind, String actorName, String detail) {
}
