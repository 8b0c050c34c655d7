package org.gridwatch.outreach;

import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.util.function.Function;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

/** Replays consultations, publicity events and drills as the events their saves publish (figure rebuilds). */
@Configuration(proxyBeanMethods = false)
class OutreachRecords {

    @Bean
    FieldRecordSource consultationRecords(ConsultationRepository records, EntityManager entities) {
        return source(RecordKind.CONSULTATION, entities, records::findFirst500ByOrderByIdAsc,
                r -> Consultations.saved(r.view()));
    }

    @Bean
    FieldRecordSource publicityRecords(PublicityEventRepository records, EntityManager entities) {
        return source(RecordKind.PUBLICITY, entities, records::findFirst500ByOrderByIdAsc,
                r -> PublicityEvents.saved(r.view()));
    }

    @Bean
    FieldRecordSource drillRecords(DrillRepository records, EntityManager entities) {
        return source(RecordKind.DRILL, entities, records::findFirst500ByOrderByIdAsc, r -> Drills.saved(r.view()));
    }

    /** Reads in pages by id, clearing the persistence context after each: a million records never sit in memory. */
    private static <T> FieldRecordSource source(RecordKind kind, EntityManager entities,
            Function<ScrollPosition, Window<T>> pages, Function<T, FieldRecordSaved> event) {
        return new FieldRecordSource() {
            @Override
            public RecordKind kind() {
                return kind;
            }

            @Override
            public void replay(Consumer<FieldRecordSaved> sink) {
                ScrollPosition position = ScrollPosition.keyset();
                Window<T> page;
                do {
                    page = pages.apply(position);
                    page.forEach(r -> sink.accept(event.apply(r)));
                    if (!page.isEmpty()) {
                        position = page.positionAt(page.size() - 1);
                    }
                    entities.clear();
                } while (page.hasNext());
            }
        };
    }
}
