package org.gridwatch.fieldwork;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts a record of another module on a grid's timeline, as that module's save would, so that case forms can be
 * opened from it ("origin") without building the whole record.
 */
public final class TimelineFixture {

    private TimelineFixture() {
    }

    /** A record of the kind in the grid; its origin text, e.g. {@code PATROL-123456789-3} when a finding is given. */
    public static Origin recordIn(JdbcClient jdbc, RecordKind kind, long gridId, Integer findingNo) {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        jdbc.sql("""
                insert into timeline_entry (kind, record_id, grid_id, home_grid, occurred_at, summary)
                values (?, ?, ?, true, ?, 'fixture')
                """).params(kind.name(), id, gridId, Timestamp.from(Instant.now())).update();
        return new Origin(kind, id, findingNo);
    }
}
