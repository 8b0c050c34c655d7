package org.gridwatch.patrol;

import java.util.function.Consumer;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import jakarta.persistence.EntityManager;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Component;

/** Replays every patrol as the event its save publishes (figure rebuilds). */
@Component
class PatrolReplay implements FieldRecordSource {

    private final PatrolRepository patrols;
    private final EntityManager entities;

    PatrolReplay(PatrolRepository patrols, EntityManager entities) {
        this.patrols = patrols;
        this.entities = entities;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.PATROL;
    }

    @Override
    public void replay(Consumer<FieldRecordSaved> sink) {
        // In pages by id, clearing the persistence context after each, so a million records never sit in memory.
        ScrollPosition position = ScrollPosition.keyset();
        Window<Patrol> page;
        do {
            page = patrols.findFirst500ByOrderByIdAsc(position);
            page.forEach(patrol -> sink.accept(PatrolManagement.event(patrol)));
            if (!page.isEmpty()) {
                position = page.positionAt(page.size() - 1);
            }
            entities.clear();
        } while (page.hasNext());
    }
}
