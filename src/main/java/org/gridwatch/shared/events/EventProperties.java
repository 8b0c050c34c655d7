package org.gridwatch.shared.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gridwatch.events.*}.
 *
 * @param resubmitAfter how old an uncompleted event publication must be before it is delivered again
 *                      ({@code GRIDWATCH_EVENTS_RESUBMIT_AFTER}, default 5 minutes; see {@link OutstandingEvents})
 */
@ConfigurationProperties("gridwatch.events")
public record EventProperties(Duration resubmitAfter) {

    public EventProperties {
        resubmitAfter = resubmitAfter == null ? Duration.ofMinutes(5) : resubmitAfter;
    }
}
