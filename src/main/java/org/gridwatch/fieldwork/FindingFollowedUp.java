package org.gridwatch.fieldwork;

/**
 * Published (inside the writing transaction) when a case or tip was opened from another record's finding, so
 * that the origin can show what became of it: e.g. finding 3 of patrol 12 became hazard 7.
 */
public record FindingFollowedUp(Origin origin, RecordKind kind, long recordId) {
}
