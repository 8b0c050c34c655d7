package org.gridwatch.tip;

import java.util.function.Consumer;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import jakarta.persistence.EntityManager;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Component;

/** Replays every tip as the event its save publishes (figure rebuilds); the source never leaves the module. */
@Component
class TipRecords implements FieldRecordSource {

    private final TipRepository tips;
    private final EntityManager entities;

    TipRecords(TipRepository tips, EntityManager entities) {
        this.tips = tips;
        this.entities = entities;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.TIP;
    }

    @Override
    public void replay(Consumer<FieldRecordSaved> sink) {
        // In pages by id, clearing the persistence context after each, so a million records never sit in memory.
        ScrollPosition position = ScrollPosition.keyset();
        Window<Tip> page;
        do {
            page = tips.findFirst500ByOrderByIdAsc(position);
            page.forEach(tip -> sink.accept(TipManagement.saved(tip)));
            if (!page.isEmpty()) {
                position = page.positionAt(page.size() - 1);
            }
            entities.clear();
        } while (page.hasNext());
    }
}
