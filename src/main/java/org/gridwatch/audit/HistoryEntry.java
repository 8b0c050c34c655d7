package org.gridwatch.audit;

import java.time.Instant;
import java.util.List;

/** One revision of a record: when, by whom, what kind of change, and the fields that changed. */
public record HistoryEntry(Instant at, String username, Kind kind, List<FieldChange> changes) {

    public enum Kind { CREATED, CHANGED, DELETED }

    public record FieldChange(String field, String before, String after) {
    }
}
