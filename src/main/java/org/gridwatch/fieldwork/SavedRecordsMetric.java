package org.gridwatch.fieldwork;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The metric {@code gridwatch.records.saved} (tag {@code kind}): field records created or changed through this
 * instance, counted when their transaction commits. Each instance counts its own saves; a dashboard sums them.
 * A plain listener: an after-commit transactional listener would put every save into the event registry.
 */
@Component
class SavedRecordsMetric {

    private final MeterRegistry meters;

    SavedRecordsMetric(MeterRegistry meters) {
        this.meters = meters;
        for (RecordKind kind : RecordKind.values()) {
            counter(kind); // every kind shows from the start, at 0
        }
    }

    @EventListener
    void on(FieldRecordSaved saved) {
        Counter counter = counter(saved.kind());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }

    private Counter counter(RecordKind kind) {
        return Counter.builder("gridwatch.records.saved").tag("kind", kind.name().toLowerCase())
                .description("Field records created or changed through this instance").register(meters);
    }
}
