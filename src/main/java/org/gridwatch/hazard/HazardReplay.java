package org.gridwatch.hazard;

import java.util.function.Consumer;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import jakarta.persistence.EntityManager;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Component;

/** Replays every hazard as the event its save publishes (figure rebuilds). */
@Component
class HazardReplay implements FieldRecordSource {

    private final HazardRepository hazards;
    private final EntityManager entities;

    HazardReplay(HazardRepository hazards, EntityManager entities) {
        this.hazards = hazards;
        this.entities = entities;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.HAZARD;
    }

    @Override
    public void replay(Consumer<FieldRecordSaved> sink) {
        // In pages by id, clearing the persistence context after each, so a million records never sit in memory.
        ScrollPosition position = ScrollPosition.keyset();
        Window<Hazard> page;
        do {
            page = hazards.findFirst500ByOrderByIdAsc(position);
            page.forEach(hazard -> sink.accept(HazardManagement.event(hazard)));
            if (!page.isEmpty()) {
                position = page.positionAt(page.size() - 1);
            }
            entities.clear();
        } while (page.hasNext());
    }
}
