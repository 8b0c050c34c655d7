package org.gridwatch.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.logging.Log;

/**
 * The embedded PostgreSQL outlives a JVM that is killed hard ({@code kill -9}, a crashed IDE): it is a
 * daemon of its own. Left running on the data folder, it makes the next start wait for a minute and fail,
 * since a second server cannot take the folder. Its {@code postmaster.pid} names it (PID on the first
 * line, data folder on the second, port on the fourth), so it is found and shut down before a new start.
 */
final class OrphanedPostgres {

    static final String PID_FILE = "postmaster.pid";

    /** The lock file zonky's {@code EmbeddedPostgres} holds in the data folder while its owner runs. */
    static final String OWNER_LOCK = "epg-lock";

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(15);
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private OrphanedPostgres() {
    }

    /**
     * Shuts down a PostgreSQL still running on {@code dataDirectory}, if any, and logs one line saying what
     * was found and done. A pid file that names another program (its PID taken again after a reboot) is
     * removed, since PostgreSQL would otherwise refuse to start; one that names no live process is left to
     * PostgreSQL, which replaces it itself. Returns whether a server was shut down.
     */
    static boolean shutDownIn(Path dataDirectory, Log log) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (NoSuchFileException cleanlyStopped) {
            return false;
        }
        Optional<Long> pid = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0));
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        String port = lines.size() > 3 ? lines.get(3).trim() : "?";
        ProcessHandle postmaster = process.get();
        if (ownerIsAlive(dataDirectory)) {
            throw new IllegalStateException("The embedded PostgreSQL on " + dataDirectory + " (PID " + postmaster.pid()
                    + ", port " + port + ") belongs to another Gridwatch that is still running. Stop that one first, "
                    + "or give this one another folder (GRIDWATCH_EMBEDDED_DB_DIR).");
        }
        if (!isPostgres(postmaster) || !servesDirectory(postmaster, dataDirectory)) {
            if (belongsToSomethingElse(postmaster)) {
                Files.deleteIfExists(pidFile);
                log.info("Removed a stale " + PID_FILE + " from " + dataDirectory + ": the PID it names ("
                        + postmaster.pid() + ") now belongs to another program, not to a PostgreSQL on this folder.");
            }
            return false;
        }
        long started = System.nanoTime();
        boolean clean = stop(postmaster);
        log.info("Found the embedded PostgreSQL of an earlier run still running on " + dataDirectory + " (PID "
                + postmaster.pid() + ", port " + port + "), probably left behind when that run was killed; "
                + (clean ? "shut it down" : "it did not shut down in " + SHUTDOWN_WAIT.toSeconds()
                        + " s, so it was killed and will recover from its write-ahead log")
                + " in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms before starting afresh.");
        return true;
    }

    /**
     * The process that started a server holds a lock on the folder's {@value #OWNER_LOCK} while it runs (the
     * embedded server's own lock); the operating system releases it when that process dies, however it dies.
     * So a lock that cannot be taken means a live owner, whose server must be left alone.
     */
    private static boolean ownerIsAlive(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(OWNER_LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldInThisProcess) {
            return true;
        }
    }

    /**
     * SIGTERM first, PostgreSQL's smart shutdown: it waits for open sessions (the killed run's are gone, a
     * forgotten psql is not), writes a checkpoint and removes its pid file. Only if that takes too long,
     * every process of the server is killed; killing the postmaster alone would leave its backends holding
     * the shared memory, and the next start would refuse it.
     */
    private static boolean stop(ProcessHandle postmaster) {
        List<ProcessHandle> children = postmaster.descendants().toList();
        postmaster.destroy();
        if (awaitExit(postmaster, SHUTDOWN_WAIT)) {
            return true;
        }
        children.forEach(ProcessHandle::destroyForcibly);
        postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
        postmaster.destroyForcibly();
        awaitExit(postmaster, KILL_WAIT);
        children.forEach(child -> awaitExit(child, KILL_WAIT));
        return false;
    }

    private static boolean awaitExit(ProcessHandle process, Duration wait) {
        CompletableFuture<ProcessHandle> exit = process.onExit();
        try {
            exit.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /**
     * Only when the process can be seen well enough to be sure; when in doubt PostgreSQL decides itself (a
     * wrongly removed pid file would let a second server onto the folder).
     */
    private static boolean belongsToSomethingElse(ProcessHandle process) {
        if (process.info().command().isEmpty()) {
            return false;
        }
        return !isPostgres(process) || dataDirectoryOf(process).isPresent();
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(Path::of).map(Path::getFileName).map(Path::toString)
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe")).isPresent();
    }

    private static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
        return dataDirectoryOf(process).filter(served -> sameDirectory(served, dataDirectory)).isPresent();
    }

    /** The {@code -D} argument, when absolute: a relative one depends on where the server was started from. */
    private static Optional<Path> dataDirectoryOf(ProcessHandle process) {
        String[] arguments = process.info().arguments().orElse(new String[0]);
        for (int i = 0; i < arguments.length - 1; i++) {
            if (arguments[i].equals("-D") && Path.of(arguments[i + 1]).isAbsolute()) {
                return Optional.of(Path.of(arguments[i + 1]));
            }
        }
        return Optional.empty();
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
