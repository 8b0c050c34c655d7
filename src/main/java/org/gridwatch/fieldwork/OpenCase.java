package org.gridwatch.fieldwork;

import java.time.Instant;
import java.util.Comparator;

/**
 * One open case (dispute, hazard, …) as home pages and overdue lists show it, whatever its module.
 *
 * @param title     a short plain-text line (e.g. the dispute's category and parties)
 * @param stateKey  message key of its state, e.g. {@code dispute.state.MEDIATING}
 * @param dueAt     when its current stage is due (null when the stage has no deadline)
 */
public record OpenCase(RecordKind kind, long id, String title, long gridId, String gridLabel, String stateKey,
        Instant dueAt, CaseDue due) {

    /** Red (督办) first, then overdue, then on time; within a level the soonest due first. */
    public static final Comparator<OpenCase> MOST_URGENT = Comparator.comparing((OpenCase c) -> -c.due().level())
            .thenComparing(OpenCase::dueAt, Comparator.nullsLast(Comparator.naturalOrder()));

    public String path() {
        return kind.detailPath(id);
    }
}
