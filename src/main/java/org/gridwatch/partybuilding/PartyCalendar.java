package org.gridwatch.partybuilding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Today in the branch's time zone, from the application clock (tests move it). */
@Component
class PartyCalendar {

    private final Clock clock;
    private final ZoneId zone;

    PartyCalendar(Clock clock, @Value("${gridwatch.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    java.time.Instant now() {
        return clock.instant();
    }
}
