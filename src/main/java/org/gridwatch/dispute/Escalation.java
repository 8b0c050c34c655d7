package org.gridwatch.dispute;

/** A dispute passed up to the station or the branch, with the reason. */
public record Escalation(EscalationLevel level, String note) {
}
