package org.gridwatch.dispute;

import jakarta.persistence.EntityManager;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Replays every dispute as the event its save publishes (figure rebuilds). */
@Configuration(proxyBeanMethods = false)
class DisputeReplay {

    @Bean
    FieldRecordSource disputeRecords(DisputeRepository disputes, EntityManager entities) {
        return FieldRecordSource.keyset(RecordKind.DISPUTE, entities, disputes::findFirst500ByOrderByIdAsc,
                DisputeRecords::saved);
    }
}
