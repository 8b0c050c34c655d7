package org.gridwatch.hazard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

/**
 * Stage durations of a hazard ({@code gridwatch.deadlines.hazard.*}): a found hazard is to be notified within
 * {@code notify} (default 1 day), a rectified one verified within {@code verify} (default 3 days). Rectification
 * is due by the end of the notice's deadline day.
 */
@ConfigurationProperties("gridwatch.deadlines.hazard")
record HazardDeadlines(@Name("notify") Duration notifyWithin, @Name("verify") Duration verifyWithin) {

    public HazardDeadlines {
        if (notifyWithin == null) {
            notifyWithin = Duration.ofDays(1);
        }
        if (verifyWithin == null) {
            verifyWithin = Duration.ofDays(3);
        }
    }
}
