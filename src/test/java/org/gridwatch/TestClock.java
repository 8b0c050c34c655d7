package org.gridwatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests can move: import {@link Config} and inject {@code TestClock}. Starts at the real now;
 * {@link #reset()} brings it back.
 */
public class TestClock extends Clock {

    private volatile Instant now = Instant.now();
    private final ZoneId zone;

    public TestClock(ZoneId zone) {
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void reset() {
        now = Instant.now();
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock clock = new TestClock(zone);
        clock.now = now;
        return clock;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(ZoneId.systemDefault());
        }
    }
}
