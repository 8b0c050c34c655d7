package org.gridwatch.campaign;

/** One target as entered: so many records of the kind, per grid per week or in total. */
public record TargetData(TargetKind kind, int amount, TargetUnit unit) {
}
