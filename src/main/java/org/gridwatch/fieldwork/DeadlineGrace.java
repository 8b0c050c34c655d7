package org.gridwatch.fieldwork;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long past its due date a case stays yellow before it turns red (督办): {@code gridwatch.deadlines.grace}.
 * Each case module keeps its own stage durations under {@code gridwatch.deadlines.<module>.*}.
 */
@ConfigurationProperties("gridwatch.deadlines")
public record DeadlineGrace(Duration grace) {

    public DeadlineGrace {
        if (grace == null) {
            grace = Duration.ofDays(3);
        }
    }
}
