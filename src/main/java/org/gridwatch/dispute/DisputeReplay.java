package org.gridwatch.dispute;

import java.util.function.Consumer;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import jakarta.persistence.EntityManager;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Component;

/** Replays every dispute as the event its save publishes (figure rebuilds). */
@Component
class DisputeReplay implements FieldRecordSource {

    private final DisputeRepository disputes;
    private final EntityManager entities;

    DisputeReplay(DisputeRepository disputes, EntityManager entities) {
        this.disputes = disputes;
        this.entities = entities;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.DISPUTE;
    }

    @Override
    public void replay(Consumer<FieldRecordSaved> sink) {
        // In pages by id, clearing the persistence context after each, so a million records never sit in memory.
        ScrollPosition position = ScrollPosition.keyset();
        Window<Dispute> page;
        do {
            page = disputes.findFirst500ByOrderByIdAsc(position);
            page.forEach(dispute -> sink.accept(DisputeRecords.saved(dispute)));
            if (!page.isEmpty()) {
                position = page.positionAt(page.size() - 1);
            }
            entities.clear();
        } while (page.hasNext());
    }
}
