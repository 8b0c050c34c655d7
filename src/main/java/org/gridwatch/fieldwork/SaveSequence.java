package org.gridwatch.fieldwork;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stamps each {@link FieldRecordSaved} with a number that grows with every save: microseconds since the epoch,
 * bumped by one when two saves fall in the same microsecond. Asynchronous readers may receive a record's events
 * out of order; the stamp tells them which save is the newer.
 */
final class SaveSequence {

    private static final AtomicLong LAST = new AtomicLong();

    private SaveSequence() {
    }

    static long next() {
        long now = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        return LAST.updateAndGet(last -> Math.max(last + 1, now));
    }
}
