package org.gridwatch.fieldwork;

import java.util.function.Consumer;

/**
 * Implemented by every recording module (a {@code @Component} in it): replays one {@link FieldRecordSaved}
 * per existing record, as it would be published now. Read models built from the events (the statistics, the
 * timelines) are rebuilt from these when they are empty or suspected to have drifted.
 */
public interface FieldRecordSource {

    /** The kind of records this source replays. */
    RecordKind kind();

    /** Calls {@code sink} once per record, in any order, within the caller's (read-only) transaction. */
    void replay(Consumer<FieldRecordSaved> sink);
}
