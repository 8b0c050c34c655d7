package org.gridwatch.shared.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes create forms idempotent. Each form carries a random {@code submissionKey}; the first
 * request with a key runs the action and stores where it led (e.g. the new record's URL), in the
 * same transaction as the record itself. A repeat of the key, even one racing the first, waits for
 * it on the primary key and then gets the stored outcome instead of creating a second record. A key
 * belongs to the signed-in account that sent it: the same key from another account is a new submission.
 */
@Component
public class FormSubmissions {

    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    FormSubmissions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A fresh key for a form about to be shown. */
    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * Runs {@code action} once per key and returns its outcome; a repeated key returns the first
     * outcome without running the action. A missing or malformed key runs the action (no protection
     * is better than refusing the user's record).
     */
    @Transactional
    public String once(String submissionKey, Supplier<String> action) {
        Optional<UUID> key = parse(submissionKey);
        if (key.isEmpty()) {
            return action.get();
        }
        String submittedBy = currentAccount();
        int inserted = jdbc.sql("""
                insert into form_submission (submitted_by, submission_key, created_at) values (?, ?, ?)
                on conflict (submitted_by, submission_key) do nothing
                """).params(submittedBy, key.get(), Timestamp.from(clock.instant())).update();
        if (inserted == 0) {
            return jdbc.sql("select outcome from form_submission where submitted_by = ? and submission_key = ?")
                    .params(submittedBy, key.get()).query(String.class).single();
        }
        String outcome = action.get();
        jdbc.sql("update form_submission set outcome = ? where submitted_by = ? and submission_key = ?")
                .params(outcome, submittedBy, key.get()).update();
        return outcome;
    }

    /**
     * Deletes keys older than a day, at the start of every hour on one instance only: every instance fires, the
     * first takes the lock for 50 minutes and the others skip.
     */
    @Scheduled(cron = "0 0 * * * *")
    @SchedulerLock(name = "form-submissions-prune", lockAtLeastFor = "PT50M", lockAtMostFor = "PT50M")
    @Transactional
    public void prune() {
        jdbc.sql("delete from form_submission where created_at < ?")
                .param(Timestamp.from(clock.instant().minus(KEPT))).update();
    }

    /** The username of the request's account, or empty for none (keys of anonymous forms share one owner). */
    private static String currentAccount() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "" : authentication.getName();
    }

    private static Optional<UUID> parse(String key) {
        try {
            return key == null || key.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(key.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
