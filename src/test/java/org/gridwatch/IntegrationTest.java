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
 * The application in a mock servlet environment, shared by most integration tests: one Spring context for all
 * of them, so add nothing here that changes it per class (properties, {@code @Import}, {@code @MockitoBean},
 * nested configurations), or the class gets a context of its own. It has {@code MockMvc}, the
 * {@link TestClock}, recorded events, and a map tile server (so that the map pages show what they hand to
 * Leaflet; the browser journeys, in {@link ServerIntegrationTest}, run without one).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {"gridwatch.map.tile-url=https://tiles.example.org/{z}/{x}/{y}.png",
        "gridwatch.map.attribution=Example tiles"})
@AutoConfigureMockMvc
@Import(IntegrationTestConfiguration.class)
@RecordApplicationEvents
public @interface IntegrationTest {
}
