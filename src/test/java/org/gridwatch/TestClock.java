package org.gridwatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests can move; every test context has it (see {@link IntegrationTest}), so inject {@code TestClock}.
 * It follows the real clock until a test {@link #set(Instant) sets} it, then stands still there;
 * {@link #advance(Duration)} moves it either way, {@link #reset()} makes it follow the real clock again.
 * Following by default keeps the many tests that never touch it on real time in a shared context, and
 * {@link TestClockReset} resets it after every test class.
 */
public class TestClock extends Clock {

    private volatile Instant fixed;
    private volatile Duration offset = Duration.ZERO;
    private final ZoneId zone;

    public TestClock(ZoneId zone) {
        this.zone = zone;
    }

    public synchronized void advance(Duration duration) {
        if (fixed != null) {
            fixed = fixed.plus(duration);
        } else {
            offset = offset.plus(duration);
        }
    }

    public synchronized void set(Instant instant) {
        fixed = instant;
    }

    public synchronized void reset() {
        fixed = null;
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock clock = new TestClock(zone);
        clock.fixed = fixed;
        clock.offset = offset;
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
