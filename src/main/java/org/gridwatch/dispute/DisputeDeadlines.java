package org.gridwatch.dispute;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each stage of a dispute may take ({@code gridwatch.deadlines.dispute.*}): accept it within a day of the
 * report, resolve (or refer, or escalate) it within 15 days of acceptance, call the parties back within 7 days of
 * the resolution or referral. The current stage's due date is stored on the dispute when the stage begins.
 */
@ConfigurationProperties("gridwatch.deadlines.dispute")
record DisputeDeadlines(Duration accept, Duration resolve, Duration followUp) {

    public DisputeDeadlines {
        accept = accept == null ? Duration.ofDays(1) : accept;
        resolve = resolve == null ? Duration.ofDays(15) : resolve;
        followUp = followUp == null ? Duration.ofDays(7) : followUp;
    }
}
