package org.gridwatch.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Today in the branch's time zone, from the application clock: the day "overdue" is computed for. */
@Component
class MeetingCalendar {

    private final Clock clock;
    private final ZoneId zone;

    MeetingCalendar(Clock clock, @Value("${gridwatch.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    Instant now() {
        return clock.instant();
    }
}
