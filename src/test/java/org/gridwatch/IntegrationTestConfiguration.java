package org.gridwatch;

import org.gridwatch.meeting.web.HomeStandIn;
import org.gridwatch.stats.RecordSourceStandIn;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The beans {@link IntegrationTest}'s context adds to the application: the settable clock, and the
 * stand-ins two tests need (a record source, a home-page controller). They are harmless to the others, and
 * one context for all beats a context of their own.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({TestClock.Config.class, RecordSourceStandIn.class, HomeStandIn.class})
public class IntegrationTestConfiguration {
}
