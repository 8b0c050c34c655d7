package org.gridwatch;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Tests run on a real PostgreSQL 17: a Testcontainers container when a Docker daemon answers, else a
 * throw-away embedded server (started by the application's own {@code EmbeddedPostgresEnvironment},
 * which runs after this). Either way one server per test JVM, shared by every Spring context.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    /** Backups written by tests (the ADMIN page's "back up now") go here, not into the project's data folder. */
    static final Path BACKUPS = Path.of(System.getProperty("java.io.tmpdir"), "gridwatch-test-backups-"
            + ProcessHandle.current().pid());

    private static PostgreSQLContainer container;
    private static Boolean dockerAvailable;

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.matchesProfiles("generate")) {
            return; // bench/generate.sh runs the application from the test classpath, on a real data folder
        }
        environment.getPropertySources().addFirst(new MapPropertySource("gridwatchTestDefaults", Map.of(
                "gridwatch.embedded-db.ephemeral", "true",
                "gridwatch.admin.password", TestAccounts.ADMIN_PASSWORD,
                "gridwatch.backup.dir", BACKUPS.toString())));
        // Lowest precedence: tests run without demo data unless a test turns it on (see DemoDataTests).
        environment.getPropertySources().addLast(new MapPropertySource("gridwatchTestDemoDataOff", Map.of(
                "GRIDWATCH_DEMO_DATA_ENABLED", "false")));
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url")) || !dockerAvailable()) {
            return;
        }
        PostgreSQLContainer postgres = containerOnce();
        environment.getPropertySources().addLast(new MapPropertySource("gridwatchTestContainer", Map.of(
                "spring.datasource.url", postgres.getJdbcUrl(),
                "spring.datasource.username", postgres.getUsername(),
                "spring.datasource.password", postgres.getPassword())));
    }

    private static synchronized boolean dockerAvailable() {
        if (dockerAvailable == null) {
            try {
                dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException e) {
                dockerAvailable = false;
            }
        }
        return dockerAvailable;
    }

    private static synchronized PostgreSQLContainer containerOnce() {
        if (container == null) {
            container = new PostgreSQLContainer("postgres:17");
            container.start();
        }
        return container;
    }
}
