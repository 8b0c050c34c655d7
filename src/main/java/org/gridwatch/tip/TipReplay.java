package org.gridwatch.tip;

import jakarta.persistence.EntityManager;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Replays every tip as the event its save publishes (figure rebuilds); the source never leaves the module. */
@Configuration(proxyBeanMethods = false)
class TipReplay {

    @Bean
    FieldRecordSource tipRecords(TipRepository tips, EntityManager entities) {
        return FieldRecordSource.keyset(RecordKind.TIP, entities, tips::findFirst500ByOrderByIdAsc,
                TipManagement::saved);
    }
}
