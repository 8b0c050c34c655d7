package org.gridwatch.fieldwork;

import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

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

    /**
     * A source reading a table in pages by id ({@code pages}: a keyset-scrolled repository query such as
     * {@code findFirst500ByOrderByIdAsc}), clearing the persistence context after each page, so a million records
     * never sit in memory.
     */
    static <T> FieldRecordSource keyset(RecordKind kind, EntityManager entities,
            Function<ScrollPosition, Window<T>> pages, Function<T, FieldRecordSaved> event) {
        return new FieldRecordSource() {
            @Override
            public RecordKind kind() {
                return kind;
            }

            @Override
            public void replay(Consumer<FieldRecordSaved> sink) {
                ScrollPosition position = ScrollPosition.keyset();
                Window<T> page;
                do {
                    page = pages.apply(position);
                    page.forEach(record -> sink.accept(event.apply(record)));
                    if (!page.isEmpty()) {
                        position = page.positionAt(page.size() - 1);
                    }
                    entities.clear();
                } while (page.hasNext());
            }
        };
    }
}
