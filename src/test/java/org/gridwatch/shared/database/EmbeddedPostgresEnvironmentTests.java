package org.gridwatch.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedPostgresEnvironmentTests {

    final DeferredLogFactory logs = Supplier<Log>::get;

    @TempDir
    Path folder;

    @Test
    void aConfiguredDatasourceUrlLeavesTheEmbeddedServerOut() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/gridwatch");
        new EmbeddedPostgresEnvironment(logs).postProcessEnvironment(environment, null);
        assertThat(environment.getPropertySources().contains(EmbeddedPostgresEnvironment.SOURCE_NAME)).isFalse();
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/gridwatch");
    }

    @Test
    void withoutAUrlTheEmbeddedServerIsUsed() {
        MockEnvironment environment = new MockEnvironment().withProperty("gridwatch.embedded-db.ephemeral", "true");
        new EmbeddedPostgresEnvironment(logs).postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql://localhost:");
        assertThat(environment.getProperty("gridwatch.embedded-db.active")).isEqualTo("true");
    }

    @Test
    void itCanBeSwitchedOff() {
        MockEnvironment environment = new MockEnvironment().withProperty("gridwatch.embedded-db.enabled", "false");
        new EmbeddedPostgresEnvironment(logs).postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("spring.datasource.url")).isNull();
    }

    @Test
    void withoutAUrlAndWithoutTheEmbeddedServerItStopsWithOneClearMessage() {
        MockEnvironment environment = new MockEnvironment();
        assertThatThrownBy(() -> new EmbeddedPostgresEnvironment(logs, false).postProcessEnvironment(environment, null))
                .isInstanceOf(NoDatabaseConfiguredException.class)
                .hasMessageStartingWith("no database configured: set SPRING_DATASOURCE_URL");
        assertThat(new NoDatabaseConfiguredFailureAnalyzer().analyze(new NoDatabaseConfiguredException()).getDescription())
                .startsWith("no database configured");
    }

    @Test
    void withoutTheEmbeddedServerAConfiguredUrlIsAllItNeeds() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/gridwatch");
        new EmbeddedPostgresEnvironment(logs, false).postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/gridwatch");
    }

    @Test
    void aServerThatKeepsItsDataWritesItDurably() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresServer.startKeepingData(folder, mock(Log.class))) {
            assertThat(settings(postgres.getPostgresDatabase())).containsExactly("on", "on", "on");
        }
    }

    @Test
    void theThrowAwayTestServerKeepsTheFastSettings() throws Exception {
        MockEnvironment environment = new MockEnvironment().withProperty("gridwatch.embedded-db.ephemeral", "true");
        new EmbeddedPostgresEnvironment(logs).postProcessEnvironment(environment, null);
        try (Connection connection = DriverManager.getConnection(environment.getProperty("spring.datasource.url"))) {
            assertThat(settings(connection).subList(0, 2)).as("fsync, synchronous_commit").containsExactly("off", "off");
        }
    }

    @Test
    void aServerLeftRunningByAKilledRunIsShutDownAndTheNextStartSucceeds() throws Exception {
        Path data = folder.resolve("postgres");
        Process application = startAndAbandonServer(data, folder.resolve("application.log"));
        long orphan = pidIn(data);
        try {
            application.destroyForcibly();
            assertThat(application.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("PostgreSQL outlives its JVM")
                    .isPresent();
            Log log = mock(Log.class);

            // Before the fix this start waited for the orphan and then failed; the bound is zonky's start-up wait.
            try (EmbeddedPostgres restarted = EmbeddedPostgresServer.startKeepingData(data, log)) {
                assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
                assertThat(settings(restarted.getPostgresDatabase())).containsExactly("on", "on", "on");
                assertThat(pidIn(data)).isNotEqualTo(orphan);
            }
            verify(log).info(argThat(message -> String.valueOf(message).contains("still running on " + data)
                    && String.valueOf(message).contains("PID " + orphan)));
        } finally {
            application.destroyForcibly();
            ProcessHandle.of(orphan).ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    void aServerWhoseApplicationStillRunsIsLeftAloneWithAClearMessage() throws Exception {
        Path data = folder.resolve("shared");
        try (EmbeddedPostgres running = EmbeddedPostgresServer.startKeepingData(data, mock(Log.class))) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.startKeepingData(data, mock(Log.class)))
                    .hasMessageContaining("belongs to another Gridwatch that is still running");
            assertThat(settings(running.getPostgresDatabase())).as("the running server still answers")
                    .containsExactly("on", "on", "on");
        }
    }

    @Test
    void aPidFileNamingAnotherProgramIsRemovedAndAMissingOneIsFine() throws Exception {
        Log log = mock(Log.class);
        assertThat(OrphanedPostgres.shutDownIn(folder, log)).isFalse();
        Path pidFile = folder.resolve(OrphanedPostgres.PID_FILE);
        Files.write(pidFile, List.of(String.valueOf(ProcessHandle.current().pid()), folder.toString(), "0", "5432"));

        assertThat(OrphanedPostgres.shutDownIn(folder, log)).isFalse();

        assertThat(pidFile).doesNotExist();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    /** A child JVM, so that it can be killed as hard as a crashed application without taking the tests along. */
    private static Process startAndAbandonServer(Path data, Path output) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AbandonedServer.class.getName(), data.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        // generous: a loaded build machine may take long to start a JVM and a server; this is no speed check
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.exists(output) && Files.readString(output).contains(AbandonedServer.READY)) {
                return process;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The abandoned server did not start:\n" + readQuietly(output));
    }

    private static long pidIn(Path folder) throws IOException {
        return Long.parseLong(Files.readAllLines(folder.resolve(OrphanedPostgres.PID_FILE)).get(0).trim());
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static List<String> settings(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return settings(connection);
        }
    }

    private static List<String> settings(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return List.of(show(statement, "fsync"), show(statement, "synchronous_commit"),
                    show(statement, "full_page_writes"));
        }
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet result = statement.executeQuery("show " + setting)) {
            result.next();
            return result.getString(1);
        }
    }
}
