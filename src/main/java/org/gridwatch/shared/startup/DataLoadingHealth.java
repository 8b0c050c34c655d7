package org.gridwatch.shared.startup;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code dataLoading} in the readiness group ({@code /actuator/health/readiness}): out of service while start-up
 * data loads on any instance of the database, so a balancer sends no one to a sign-in that cannot work yet.
 */
@Component("dataLoadingHealthIndicator")
class DataLoadingHealth implements HealthIndicator {

    private final DataLoading loading;

    DataLoadingHealth(DataLoading loading) {
        this.loading = loading;
    }

    @Override
    public Health health() {
        return loading.running()
                .map(progress -> Health.outOfService().withDetail("percent", progress.percent()).build())
                .orElseGet(() -> Health.up().build());
    }
}
