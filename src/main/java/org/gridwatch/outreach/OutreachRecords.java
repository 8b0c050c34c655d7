package org.gridwatch.outreach;

import java.util.function.Consumer;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;

/** Replays consultations, publicity events and drills as the events their saves publish (figure rebuilds). */
@Configuration(proxyBeanMethods = false)
class OutreachRecords {

    @Bean
    FieldRecordSource consultationRecords(ConsultationRepository records) {
        return source(RecordKind.CONSULTATION, sink -> records.findAll(Sort.by("id"))
                .forEach(r -> sink.accept(Consultations.saved(r.view()))));
    }

    @Bean
    FieldRecordSource publicityRecords(PublicityEventRepository records) {
        return source(RecordKind.PUBLICITY, sink -> records.findAll(Sort.by("id"))
                .forEach(r -> sink.accept(PublicityEvents.saved(r.view()))));
    }

    @Bean
    FieldRecordSource drillRecords(DrillRepository records) {
        return source(RecordKind.DRILL, sink -> records.findAll(Sort.by("id"))
                .forEach(r -> sink.accept(Drills.saved(r.view()))));
    }

    private static FieldRecordSource source(RecordKind kind, Consumer<Consumer<FieldRecordSaved>> replay) {
        return new FieldRecordSource() {
            @Override
            public RecordKind kind() {
                return kind;
            }

            @Override
            public void replay(Consumer<FieldRecordSaved> sink) {
                replay.accept(sink);
            }
        };
    }
}
