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
        EmbeddedPostgres postgres = startOnce(directory, log);
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

    private static synchronized EmbeddedPostgres startOnce(Path directory, Log log) {
        if (server == null) {
            try {
                if (directory == null) {
                    serverDirectory = Files.createTempDirectory("gridwatch-pg");
                    server = builder(serverDirectory, true).start();
                } else {
                    serverDirectory = directory.toAbsolutePath().normalize();
                    server = startKeepingData(serverDirectory, log);
                    // Stopped after the application's contexts have closed (their connection pools first), not
                    // by a shutdown hook racing them; see builder().
                    EmbeddedPostgres started = server;
                    SpringApplication.getShutdownHandlers().add(() -> stopQuietly(started));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
        }
        return server;
    }

    private static void stopQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the server's own log says why; the next start recovers from its write-ahead log
        }
    }

    /**
     * Starts a server on {@code dataDirectory} that keeps its data, after shutting down one that a killed
     * earlier run left on it (see {@link OrphanedPostgres}).
     */
    static EmbeddedPostgres startKeepingData(Path dataDirectory, Log log) throws IOException {
        Files.createDirectories(dataDirectory);
        OrphanedPostgres.shutDownIn(dataDirectory, log);
        return builder(dataDirectory, false).start();
    }

    /**
     * zonky's defaults trade safety for speed (fsync, synchronous commit and full-page writes off): right for
     * a throw-away test database, but a crash would lose or corrupt acknowledged writes of real data. A
     * server that keeps its data is made as durable as a stock PostgreSQL.
     */
    static EmbeddedPostgres.Builder builder(Path dataDirectory, boolean ephemeral) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // zonky's own hook would stop a kept server while the application still closes its connections
                // (a WARN per pooled connection); the throw-away test server keeps it, tests close no context.
                .setRegisterShutdownHook(ephemeral)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(ephemeral);
        if (!ephemeral) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        return builder;
    }
}
