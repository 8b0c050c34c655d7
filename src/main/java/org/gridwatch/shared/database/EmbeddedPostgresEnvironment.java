package org.gridwatch.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL 17 from the jar when no {@code spring.datasource.url} is configured, so
 * that {@code ./mvnw spring-boot:run} needs nothing installed. One server per JVM: every Spring
 * context of a test run shares it. Runs after the config files are read, and adds its URL as the
 * lowest-priority source so that any configured URL wins.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "gridwatchEmbeddedPostgres";

    private static EmbeddedPostgres server;
    private static Path serverDirectory;

    private final Log log;

    public EmbeddedPostgresEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedPostgresEnvironment.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("gridwatch.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        boolean ephemeral = environment.getProperty("gridwatch.embedded-db.ephemeral", Boolean.class, false);
        Path directory = ephemeral ? null : Path.of(environment.getProperty("gridwatch.embedded-db.dir", "data/postgres"));
        EmbeddedPostgres postgres = startOnce(directory);
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, Map.of(
                "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "gridwatch.embedded-db.active", "true")));
        log.info(ephemeral
                ? "Using a throw-away embedded PostgreSQL on port " + postgres.getPort() + "."
                : "Using the embedded PostgreSQL on port " + postgres.getPort() + "; its data lives in "
                        + serverDirectory + ". To use your own PostgreSQL server instead, set SPRING_DATASOURCE_URL, "
                        + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
    }

    private static synchronized EmbeddedPostgres startOnce(Path directory) {
        if (server == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("max_connections", "300");
                if (directory == null) {
                    serverDirectory = Files.createTempDirectory("gridwatch-pg");
                    builder.setCleanDataDirectory(true);
                } else {
                    Files.createDirectories(directory);
                    serverDirectory = directory.toAbsolutePath().normalize();
                    builder.setCleanDataDirectory(false);
                }
                server = builder.setDataDirectory(serverDirectory).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
        }
        return server;
    }
}
