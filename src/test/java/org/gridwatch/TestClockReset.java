package org.gridwatch;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Contexts are shared by many test classes: one that sets the {@link TestClock} and leaves it must not hand
 * a stopped clock to the next. Registered for every test in {@code META-INF/spring.factories}.
 */
public class TestClockReset implements TestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        reset(testContext);
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        reset(testContext);
    }

    private static void reset(TestContext testContext) {
        // never loads a context just for this
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
        }
    }
}
