package org.gridwatch.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gridwatch.demo-data.enabled} (env {@code GRIDWATCH_DEMO_DATA_ENABLED}): load the demo data at start-up.
 * Unset means "when the embedded database is in use". Either way it only ever loads into a database without areas.
 */
@ConfigurationProperties("gridwatch.demo-data")
record DemoDataProperties(Boolean enabled) {
}
