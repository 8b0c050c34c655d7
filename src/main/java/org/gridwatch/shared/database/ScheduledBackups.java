package org.gridwatch.shared.database;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The running application's own backups: a {@link DatabaseDump} (gzipped) into {@code gridwatch.backup.dir} every
 * night ({@code gridwatch.backup.cron}, 02:30), keeping the newest {@code gridwatch.backup.keep}. On by default with
 * the embedded server that keeps its data, whose folder would otherwise be the only copy; off with a server of your
 * own (back that up with its tools) unless {@code gridwatch.backup.enabled=true}. One instance writes it (ShedLock).
 */
@Component
public class ScheduledBackups {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    static final String PREFIX = "gridwatch-";
    static final String SUFFIX = ".sql.gz";
    private static final Pattern NAME = Pattern.compile("gridwatch-\\d{8}-\\d{6}\\.sql\\.gz");

    private final DataSource dataSource;
    private final boolean enabled;
    private final Path directory;
    private final int keep;

    ScheduledBackups(DataSource dataSource, Environment environment, BackupProperties properties) {
        this.dataSource = dataSource;
        this.enabled = properties.enabled() != null ? properties.enabled()
                : environment.getProperty("gridwatch.embedded-db.active", Boolean.class, false)
                        && !environment.getProperty("gridwatch.embedded-db.ephemeral", Boolean.class, false);
        this.directory = properties.dir();
        this.keep = properties.keep();
    }

    /** Whether the nightly backup runs here. */
    public boolean enabled() {
        return enabled;
    }

    @Scheduled(cron = "${gridwatch.backup.cron:0 30 2 * * *}")
    @SchedulerLock(name = "database-backup", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    public void nightly() {
        if (!enabled) {
            return;
        }
        try {
            Path written = writeNow();
            log.info("Nightly backup written to {} ({} KB)", written, Files.size(written) / 1024);
        } catch (IOException | SQLException | RuntimeException e) {
            log.error("Nightly backup to {} failed: {}", directory.toAbsolutePath(), e.getMessage(), e);
        }
    }

    /**
     * Writes a backup now and prunes the oldest beyond {@code keep}; returns the new file. Two backups within the
     * same second are one (the later replaces the earlier).
     */
    public synchronized Path writeNow() throws IOException, SQLException {
        Files.createDirectories(directory);
        Path file = directory.resolve(PREFIX + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + SUFFIX);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Connection connection = dataSource.getConnection(); OutputStream out = BackupCommand.output(partial, true)) {
            DatabaseDump.write(connection, out);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        prune();
        return file.toAbsolutePath();
    }

    /** A backup file in the folder. */
    public record BackupFile(String name, long bytes, Instant writtenAt) {
    }

    /** The backups in the folder, newest first. */
    public List<BackupFile> list() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(ScheduledBackups::isBackup).sorted(Comparator.reverseOrder())
                    .map(f -> new BackupFile(f.getFileName().toString(), size(f), modified(f))).toList();
        }
    }

    /** The backup of that name in the folder, if there is one; any other name (a path, a stranger's file) is not. */
    public Optional<Path> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    public Path directory() {
        return directory.toAbsolutePath();
    }

    private static boolean isBackup(Path file) {
        return NAME.matcher(file.getFileName().toString()).matches();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private void prune() throws IOException {
        List<Path> backups;
        try (Stream<Path> files = Files.list(directory)) {
            backups = files.filter(ScheduledBackups::isBackup).sorted().toList();
        }
        for (int i = 0; i < backups.size() - keep; i++) {
            Files.deleteIfExists(backups.get(i));
        }
    }
}
