package org.gridwatch.area;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The area pickers' options per scope and types, kept for {@link #MAX_AGE} at most: a branch's picker has hundreds
 * of stations and communities and appears on every dashboard and list page. Every change made through
 * {@link AreaManagement} empties it once committed, so the age bounds only changes made around it (bulk loads).
 */
@Component
class AreaChoicesCache {

    static final Duration MAX_AGE = Duration.ofSeconds(60);

    record Key(String pathPrefix, List<AreaType> types) {
    }

    private final Cache<Key, List<AreaChoice>> choices = Caffeine.newBuilder().expireAfterWrite(MAX_AGE)
            .maximumSize(2_000).build();

    List<AreaChoice> get(Key key, Function<Key, List<AreaChoice>> load) {
        return choices.get(key, load);
    }

    /** Forgets every scope's options when the current transaction commits (at once outside a transaction). */
    void forgetAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    choices.invalidateAll();
                }
            });
        } else {
            choices.invalidateAll();
        }
    }
}
