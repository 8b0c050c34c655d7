package org.gridwatch.patrol;

import jakarta.persistence.EntityManager;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Replays every patrol as the event its save publishes (figure rebuilds). */
@Configuration(proxyBeanMethods = false)
class PatrolReplay {

    @Bean
    FieldRecordSource patrolRecords(PatrolRepository patrols, EntityManager entities) {
        return FieldRecordSource.keyset(RecordKind.PATROL, entities, patrols::findFirst500ByOrderByIdAsc,
                PatrolManagement::event);
    }
}
