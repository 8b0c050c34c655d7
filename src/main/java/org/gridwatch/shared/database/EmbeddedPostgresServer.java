package org.gridwatch.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;

/**
 * The only class that touches zonky's embedded PostgreSQL, so that a jar built without it (the image
 * profile) never loads it: {@link EmbeddedPostgresEnvironment} calls in here only when the library is
 * present, and only through methods whose signatures name no zonky type.
 */
final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;
    private static Path serverDirectory;

    private EmbeddedPostgresServer() {
    }

    /** Starts one server per JVM ({@code directory} null: a throw-away one) and returns its JDBC URL. */
    static synchronized String startOnce(Path directory, Log log) {
        if (server == null) {
            try {
                if (directory == null) {
                    serverDirectory = Files.createTempDirectory("gridwatch-pg");
                    server = builder(serverDirectory, true).start();
                } else {
                    serverDirectory = directory.toAbsolutePath().normalize();
                    server = startKeepingData(serverDirectory, log);
                }
                // Stopped after the application's contexts have closed (their connection pools first), not
                // by a shutdown hook racing them; see builder().
                EmbeddedPostgres started = server;
                SpringApplication.getShutdownHandlers().add(() -> stopQuietly(started));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    static synchronized int port() {
        return server.getPort();
    }

    static synchronized Path directory() {
        return serverDirectory;
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
                // zonky's own hook would stop the server while the application still closes its connections: a
                // WARN per pooled connection, or a test JVM whose closing context waits 30 s for a connection.
                .setRegisterShutdownHook(false)
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
