package org.gridwatch.area;

import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The stamp of the area tree ({@link AreaRepository#treeStamp()}), read from the database at most once per
 * {@link #MAX_AGE}: the read scans the area table (6–10 ms at 10,000 grids), too much for every revalidation of a
 * map. An edit made through this instance forgets it at once (and again when its transaction commits); an edit
 * made through another instance sharing the database shows within {@link #MAX_AGE}.
 */
@Component
class AreaTreeStamp {

    static final Duration MAX_AGE = Duration.ofSeconds(1);

    private record Reading(String stamp, long readAtNanos) {
    }

    private final AreaRepository areas;
    private volatile Reading last;

    AreaTreeStamp(AreaRepository areas) {
        this.areas = areas;
    }

    String current() {
        Reading reading = last;
        if (reading == null || System.nanoTime() - reading.readAtNanos() > MAX_AGE.toNanos()) {
            long now = System.nanoTime();
            reading = new Reading(areas.treeStamp(), now);
            last = reading;
        }
        return reading.stamp();
    }

    /** Called by every change of the tree made here. */
    void changed() {
        last = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    last = null;
                }
            });
        }
    }
}
