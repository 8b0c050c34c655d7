package org.gridwatch;

import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for work done after commit by asynchronous listeners; gives up (returning the last value) after 30 s. */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T value(Supplier<T> read, Predicate<T> done) {
        long giveUpAt = System.nanoTime() + 30_000_000_000L;
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < giveUpAt) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return value;
            }
            value = read.get();
        }
        return value;
    }
}
