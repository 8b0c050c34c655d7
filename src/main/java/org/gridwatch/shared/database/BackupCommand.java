package org.gridwatch.shared.database;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar gridwatch.jar --backup=<file>} and {@code --restore=<file>}: a one-off run that writes or loads a
 * {@link DatabaseDump} and exits, without starting the application. The database is the one the application would
 * use: {@code SPRING_DATASOURCE_URL} if set, else the embedded server on {@code GRIDWATCH_EMBEDDED_DB_DIR}, which
 * this run starts and stops (so, for the embedded folder, only while Gridwatch itself is stopped; a running
 * Gridwatch writes its own nightly backups, {@link ScheduledBackups}). A file name ending in {@code .gz} is
 * gzipped.
 *
 * <p>A restore needs a database without rows: a new database, or for the embedded server a new folder (move the old
 * one aside). Flyway first creates the schema at the backup's version, then the rows are loaded in one transaction;
 * the next normal start migrates any newer versions.
 */
public final class BackupCommand {

    private static final Log log = LogFactory.getLog(BackupCommand.class);

    private BackupCommand() {
    }

    /** Nothing but the environment: the configuration and the embedded server's post-processor. */
    @Configuration(proxyBeanMethods = false)
    static class Settings {
    }

    /** Runs a backup or restore if the arguments ask for one and returns its exit code; else empty. */
    public static OptionalInt runIfAsked(String... args) {
        Optional<Path> backup = option(args, "--backup=");
        Optional<Path> restore = option(args, "--restore=");
        if (backup.isEmpty() && restore.isEmpty()) {
            return OptionalInt.empty();
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            Environment environment = context.getEnvironment();
            if (backup.isPresent()) {
                backup(environment, backup.get());
            } else {
                restore(environment, restore.get());
            }
            return OptionalInt.of(0);
        } catch (IOException | SQLException | RuntimeException e) {
            log.error((backup.isPresent() ? "Backup" : "Restore") + " failed: " + e.getMessage());
            return OptionalInt.of(1);
        }
    }

    static void backup(Environment environment, Path file) throws IOException, SQLException {
        long started = System.nanoTime();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        DatabaseDump.Summary summary;
        try (Connection connection = connect(environment);
                OutputStream out = output(partial, gzipped(file))) {
            summary = DatabaseDump.write(connection, out);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        log.info("Backed up " + summary.totalRows() + " rows of " + summary.rows().size() + " tables (schema version "
                + summary.flywayVersion() + ") to " + file.toAbsolutePath() + " (" + Files.size(file) / 1024
                + " KB) in " + (System.nanoTime() - started) / 1_000_000 + " ms.");
    }

    static void restore(Environment environment, Path file) throws IOException, SQLException {
        long started = System.nanoTime();
        String version;
        try (InputStream in = input(file)) {
            version = DatabaseDump.versionOf(in);
        }
        Flyway.configure().dataSource(environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"))
                .locations(environment.getProperty("spring.flyway.locations", "classpath:db/migration"))
                .target(version).load().migrate();
        DatabaseDump.Summary summary;
        try (Connection connection = connect(environment); InputStream in = input(file)) {
            summary = DatabaseDump.restore(connection, in);
        }
        log.info("Restored " + summary.totalRows() + " rows of " + summary.rows().size() + " tables (schema version "
                + summary.flywayVersion() + ") from " + file.toAbsolutePath() + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms. Start Gridwatch as usual now.");
    }

    static OutputStream output(Path file, boolean gzip) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return gzip ? new GZIPOutputStream(out, 1 << 16) : out;
    }

    static boolean gzipped(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }

    private static InputStream input(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return gzipped(file) ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static Connection connect(Environment environment) throws SQLException {
        return DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
    }

    private static Optional<Path> option(String[] args, String prefix) {
        return Arrays.stream(args).filter(a -> a.startsWith(prefix) && a.length() > prefix.length()).findFirst()
                .map(a -> Path.of(a.substring(prefix.length())));
    }
}
