package org.gridwatch.shared.startup;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Data loaded at start-up (the demo data) as every instance sees it: a loading holds a PostgreSQL advisory lock
 * for its one transaction, so "loading" is true on every instance sharing the database and ends with the
 * loading connection, even when its instance dies; its progress is written beside it in transactions of their
 * own. Sign-in reads this to tell "still loading" from "wrong password" and not to count such attempts, and
 * the readiness probe to answer "not ready".
 */
@Component
public class DataLoading {

    /** The advisory lock of a loading (also keeps two instances from loading the same data). */
    static final long LOCK_KEY = 0x67726964L;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final ApplicationAvailability availability;
    private final Clock clock;

    DataLoading(JdbcClient jdbc, PlatformTransactionManager transactions, ApplicationAvailability availability,
            Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.availability = availability;
        this.clock = clock;
    }

    /**
     * Takes the loading lock for the caller's transaction, waiting while another instance holds it, and
     * resets the progress. Call inside the loading transaction, before looking whether there is anything to load.
     */
    public void begin(int total) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query(Object.class).single();
        progress(0, total);
    }

    /** Records how many of the loading's steps are done, visible at once to every instance. */
    public void progress(int done, int total) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                insert into data_loading_progress (id, done, total, updated_at) values (1, ?, ?, ?)
                on conflict (id) do update set done = excluded.done, total = excluded.total,
                                               updated_at = excluded.updated_at
                """).params(done, total, Timestamp.from(clock.instant())).update());
    }

    /** The running loading's progress, on whichever instance it runs; empty when nothing is loading. */
    public Optional<Progress> running() {
        boolean locked = jdbc.sql("""
                select exists (select 1 from pg_locks
                               where locktype = 'advisory' and granted and objsubid = 1
                                 and database = (select oid from pg_database where datname = current_database())
                                 and classid::bigint * 4294967296 + objid::bigint = ?)
                """).param(LOCK_KEY).query(Boolean.class).single();
        if (!locked) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select done, total from data_loading_progress where id = 1")
                .query((rs, n) -> new Progress(rs.getInt(1), rs.getInt(2))).optional()
                .orElse(new Progress(0, 0)));
    }

    /** Until this instance has started and while data loads anywhere: sign-in failures prove nothing. */
    public boolean startingUp() {
        return availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC || running().isPresent();
    }

    /** Steps done of the total. */
    public record Progress(int done, int total) {

        public int percent() {
            return total <= 0 ? 0 : Math.min(100, done * 100 / total);
        }
    }
}
