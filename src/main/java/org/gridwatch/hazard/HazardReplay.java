package org.gridwatch.hazard;

import jakarta.persistence.EntityManager;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Replays every hazard as the event its save publishes (figure rebuilds). */
@Configuration(proxyBeanMethods = false)
class HazardReplay {

    @Bean
    FieldRecordSource hazardRecords(HazardRepository hazards, EntityManager entities) {
        return FieldRecordSource.keyset(RecordKind.HAZARD, entities, hazards::findFirst500ByOrderByIdAsc,
                HazardManagement::event);
    }
}
