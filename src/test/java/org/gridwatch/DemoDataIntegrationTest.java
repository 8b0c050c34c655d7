package org.gridwatch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The application with the demo data, loaded once into a database of its own ({@link FreshDatabase}: the demo
 * data loads only into an empty one), on a random port so that browser journeys can use it too. One context
 * shared by every test of the demo data; tests here read the demo data and must leave it as they found it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "gridwatch.demo-data.enabled=true")
@ContextConfiguration(initializers = FreshDatabase.class)
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
@RecordApplicationEvents
public @interface DemoDataIntegrationTest {
}
