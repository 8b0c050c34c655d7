package org.gridwatch.hazard;

import java.util.function.Consumer;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Replays every hazard as the event its save publishes (figure rebuilds). */
@Component
class HazardReplay implements FieldRecordSource {

    private final HazardRepository hazards;

    HazardReplay(HazardRepository hazards) {
        this.hazards = hazards;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.HAZARD;
    }

    @Override
    public void replay(Consumer<FieldRecordSaved> sink) {
        hazards.findAll(Sort.by("id")).forEach(hazard -> sink.accept(HazardManagement.event(hazard)));
    }
}
