package org.gridwatch.identity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses sign-ins for a username after {@value #MAX_FAILURES} failures within the window, for the
 * lock period. Kept in the database so every instance behind a load balancer agrees. Any username
 * string is counted, existing or not, so a refusal tells nothing about whether the account exists.
 */
@Component
class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Counter failures;

    SignInThrottle(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.failures = Counter.builder("gridwatch.sign-in.failures")
                .description("Sign-ins refused for a wrong username or password (through this instance)")
                .register(meters);
    }

    @Transactional(readOnly = true)
    boolean isLocked(String username) {
        return jdbc.sql("select count(*) from sign_in_lock where username_key = ? and locked_until > ?")
                .params(key(username), Timestamp.from(clock.instant()))
                .query(Long.class).single() > 0;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String username) {
        failures.increment();
        Instant now = clock.instant();
        String key = key(username);
        jdbc.sql("insert into sign_in_failure (username_key, failed_at) values (?, ?)")
                .params(key, Timestamp.from(now)).update();
        long recent = jdbc.sql("select count(*) from sign_in_failure where username_key = ? and failed_at > ?")
                .params(key, Timestamp.from(now.minus(WINDOW))).query(Long.class).single();
        if (recent >= MAX_FAILURES) {
            jdbc.sql("""
                    insert into sign_in_lock (username_key, locked_until) values (?, ?)
                    on conflict (username_key) do update set locked_until = excluded.locked_until
                    """).params(key, Timestamp.from(now.plus(LOCK))).update();
            jdbc.sql("delete from sign_in_failure where username_key = ?").param(key).update();
        }
    }

    @Transactional
    void succeeded(String username) {
        jdbc.sql("delete from sign_in_failure where username_key = ?").param(key(username)).update();
    }

    private static String key(String username) {
        String normalized = Account.normalize(username);
        return normalized == null ? "" : normalized;
    }
}
