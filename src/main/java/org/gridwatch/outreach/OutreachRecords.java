package org.gridwatch.outreach;

import jakarta.persistence.EntityManager;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Replays consultations, publicity events and drills as the events their saves publish (figure rebuilds). */
@Configuration(proxyBeanMethods = false)
class OutreachRecords {

    @Bean
    FieldRecordSource consultationRecords(ConsultationRepository records, EntityManager entities) {
        return FieldRecordSource.keyset(RecordKind.CONSULTATION, entities, records::findFirst500ByOrderByIdAsc,
                r -> Consultations.saved(r.view()));
    }

    @Bean
    FieldRecordSource publicityRecords(PublicityEventRepository records, EntityManager entities) {
        return FieldRecordSource.keyset(RecordKind.PUBLICITY, entities, records::findFirst500ByOrderByIdAsc,
                r -> PublicityEvents.saved(r.view()));
    }

    @Bean
    FieldRecordSource drillRecords(DrillRepository records, EntityManager entities) {
        return FieldRecordSource.keyset(RecordKind.DRILL, entities, records::findFirst500ByOrderByIdAsc, r -> Drills.saved(r.view()));
    }
}
