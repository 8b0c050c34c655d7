package org.gridwatch.visit;

import jakarta.persistence.EntityManager;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Replays every visit as the event its save publishes (figure rebuilds). */
@Configuration(proxyBeanMethods = false)
class VisitReplay {

    @Bean
    FieldRecordSource visitRecords(VisitRepository visits, EntityManager entities) {
        return FieldRecordSource.keyset(RecordKind.VISIT, entities, visits::findFirst500ByOrderByIdAsc,
                visit -> VisitManagement.event(visit.view()));
    }
}
