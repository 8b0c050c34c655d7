package org.gridwatch.visit;

import java.util.function.Consumer;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Replays every visit as the event its save publishes (figure rebuilds). */
@Component
class VisitReplay implements FieldRecordSource {

    private final VisitRepository visits;

    VisitReplay(VisitRepository visits) {
        this.visits = visits;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.VISIT;
    }

    @Override
    public void replay(Consumer<FieldRecordSaved> sink) {
        visits.findAll(Sort.by("id")).forEach(visit -> sink.accept(VisitManagement.event(visit.view())));
    }
}
