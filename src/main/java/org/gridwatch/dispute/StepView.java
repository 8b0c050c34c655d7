package org.gridwatch.dispute;

import java.time.Instant;

/** One entry of a dispute's timeline; {@code actorName} is null for steps the system took (a duty handover). */
public record StepView(Instant at, StepKind kind, String actorName, String detail) {
}
