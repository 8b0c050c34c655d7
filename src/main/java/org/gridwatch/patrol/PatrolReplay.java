package org.gridwatch.patrol;

import java.util.function.Consumer;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Replays every patrol as the event its save publishes (figure rebuilds). */
@Component
class PatrolReplay implements FieldRecordSource {

    private final PatrolRepository patrols;

    PatrolReplay(PatrolRepository patrols) {
        this.patrols = patrols;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.PATROL;
    }

    @Override
    public void replay(Consumer<FieldRecordSaved> sink) {
        patrols.findAll(Sort.by("id")).forEach(patrol -> sink.accept(PatrolManagement.event(patrol)));
    }
}
