package org.gridwatch.visit;

import java.util.function.Consumer;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import jakarta.persistence.EntityManager;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Component;

/** Replays every visit as the event its save publishes (figure rebuilds). */
@Component
class VisitReplay implements FieldRecordSource {

    private final VisitRepository visits;
    private final EntityManager entities;

    VisitReplay(VisitRepository visits, EntityManager entities) {
        this.visits = visits;
        this.entities = entities;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.VISIT;
    }

    @Override
    public void replay(Consumer<FieldRecordSaved> sink) {
        // In pages by id, clearing the persistence context after each, so a million records never sit in memory.
        ScrollPosition position = ScrollPosition.keyset();
        Window<Visit> page;
        do {
            page = visits.findFirst500ByOrderByIdAsc(position);
            page.forEach(visit -> sink.accept(VisitManagement.event(visit.view())));
            if (!page.isEmpty()) {
                position = page.positionAt(page.size() - 1);
            }
            entities.clear();
        } while (page.hasNext());
    }
}
