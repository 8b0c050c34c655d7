package org.gridwatch.tip;

import java.util.function.Consumer;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Replays every tip as the event its save publishes (figure rebuilds); the source never leaves the module. */
@Component
class TipRecords implements FieldRecordSource {

    private final TipRepository tips;

    TipRecords(TipRepository tips) {
        this.tips = tips;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.TIP;
    }

    @Override
    public void replay(Consumer<FieldRecordSaved> sink) {
        tips.findAll(Sort.by("id")).forEach(tip -> sink.accept(TipManagement.saved(tip)));
    }
}
