package org.gridwatch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The application on a random port, for tests that need a real server (browser journeys, sessions, Tomcat's
 * limits, concurrent requests): one context shared by all of them, on the same database as
 * {@link IntegrationTest}. Also has {@code MockMvc}, the {@link TestClock} and recorded events.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
@RecordApplicationEvents
public @interface ServerIntegrationTest {
}
