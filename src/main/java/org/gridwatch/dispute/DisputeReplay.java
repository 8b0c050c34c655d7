package org.gridwatch.dispute;

import java.util.function.Consumer;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Replays every dispute as the event its save publishes (figure rebuilds). */
@Component
class DisputeReplay implements FieldRecordSource {

    private final DisputeRepository disputes;

    DisputeReplay(DisputeRepository disputes) {
        this.disputes = disputes;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.DISPUTE;
    }

    @Override
    public void replay(Consumer<FieldRecordSaved> sink) {
        disputes.findAll(Sort.by("id")).forEach(dispute -> sink.accept(DisputeRecords.saved(dispute)));
    }
}
