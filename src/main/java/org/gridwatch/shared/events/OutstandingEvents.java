package org.gridwatch.shared.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the events that asynchronous listeners (the statistics) have not completed: those left by an
 * instance that stopped or crashed between commit and handling, and those whose listener failed. Spring Modulith
 * can republish everything outstanding when an instance starts, but with several instances a starting one would
 * also take up the publications another is handling at that moment. So only publications older than
 * {@code gridwatch.events.resubmit-after} (default 5 minutes; a live instance completes one in milliseconds) are
 * resubmitted, once a minute, on one instance (ShedLock), and each is claimed in the database first (Modulith marks
 * it {@code RESUBMITTED} only if no one else has), so no two instances handle the same one.
 * The number of outstanding publications is the metric {@code gridwatch.events.outstanding}.
 */
@Component
public class OutstandingEvents {

    private final IncompleteEventPublications publications;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration resubmitAfter;

    OutstandingEvents(IncompleteEventPublications publications, JdbcClient jdbc, Clock clock, MeterRegistry meters,
            EventProperties properties) {
        this.publications = publications;
        this.jdbc = jdbc;
        this.clock = clock;
        this.resubmitAfter = properties.resubmitAfter();
        Gauge.builder("gridwatch.events.outstanding", this, OutstandingEvents::count)
                .description("Event publications to asynchronous listeners not yet completed (the outbox)")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT30S")
    @SchedulerLock(name = "outstanding-events", lockAtLeastFor = "PT30S", lockAtMostFor = "PT10M")
    public void resubmit() {
        Instant due = clock.instant().minus(resubmitAfter);
        // A resubmission whose instance died stays RESUBMITTED, which Modulith never claims again: fail it, so it
        // is taken up like any failed one.
        jdbc.sql("""
                update event_publication set status = 'FAILED'
                where status = 'RESUBMITTED' and completion_date is null and last_resubmission_date < ?
                """).param(Timestamp.from(due)).update();
        publications.resubmitIncompletePublications(publication -> lastTry(publication).isBefore(due));
    }

    long count() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single();
    }

    private static Instant lastTry(EventPublication publication) {
        Instant resubmitted = publication.getLastResubmissionDate();
        return resubmitted != null ? resubmitted : publication.getPublicationDate();
    }
}
