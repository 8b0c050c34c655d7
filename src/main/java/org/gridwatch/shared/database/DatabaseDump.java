package org.gridwatch.shared.database;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * A consistent, data-only dump of Gridwatch's tables in the plain format of {@code pg_dump --data-only}: one
 * {@code COPY … FROM stdin} block per table and a {@code setval} per sequence, all read in one repeatable-read
 * snapshot, so it is as consistent as {@code pg_dump} while the application keeps writing. The schema is not in it:
 * it is Flyway's, and the dump names its version ({@code -- flyway version: 230}). The embedded PostgreSQL carries
 * no {@code pg_dump} (only {@code initdb}, {@code pg_ctl} and {@code postgres}), so this needs nothing but JDBC,
 * and works the same against any PostgreSQL.
 *
 * <p>It loads with {@link #restore} (or {@code psql -f} as a superuser) into a database whose schema Flyway created
 * at that version and which holds no rows. Foreign keys and triggers are off while loading
 * ({@code session_replication_role = replica}), so tables load in any order; that needs a superuser, which the
 * embedded server's {@code postgres} is. Flyway's own table is not in the dump.
 */
public final class DatabaseDump {

    static final String VERSION_LINE = "-- flyway version: ";
    private static final String END_OF_COPY = "\\.";

    private DatabaseDump() {
    }

    /** What a dump held: its schema version and the rows per table. */
    public record Summary(String flywayVersion, Map<String, Long> rows) {

        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Writes the dump of the connection's current schema to {@code out} (not closed). */
    public static Summary write(Connection connection, OutputStream out) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set transaction isolation level repeatable read, read only");
            String version = flywayVersion(statement);
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            text.write("-- Gridwatch backup (data only, plain pg_dump format)\n");
            text.write(VERSION_LINE + version + "\n");
            text.write("-- taken at: " + Instant.now() + "\n");
            text.write("-- restore: java -jar gridwatch.jar --restore=<this file>, into a new, empty database\n\n");
            text.write("SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n");
            text.write("SET session_replication_role = replica;\n\n");
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : tables(statement)) {
                String columns = String.join(", ", columns(statement, table));
                text.write("COPY " + table + " (" + columns + ") FROM stdin;\n");
                text.flush();
                long count = copy.copyOut("COPY " + table + " (" + columns + ") TO STDOUT", out);
                text.write(END_OF_COPY + "\n\n");
                rows.put(table, count);
            }
            try (ResultSet sequences = statement.executeQuery("""
                    select quote_ident(sequencename), last_value from pg_sequences
                    where schemaname = current_schema() order by sequencename""")) {
                while (sequences.next()) {
                    long last = sequences.getLong(2);
                    boolean called = !sequences.wasNull();
                    text.write("SELECT pg_catalog.setval('" + sequences.getString(1) + "', " + (called ? last : 1)
                            + ", " + called + ");\n");
                }
            }
            text.write("\nSET session_replication_role = DEFAULT;\n");
            text.flush();
            connection.commit();
            return new Summary(version, rows);
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The Flyway version a dump was taken at, read from its head. */
    public static String versionOf(InputStream dump) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(dump, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null && line.startsWith("--"); line = lines.readLine()) {
            if (line.startsWith(VERSION_LINE)) {
                return line.substring(VERSION_LINE.length()).trim();
            }
        }
        throw new IllegalArgumentException("not a Gridwatch backup: no \"" + VERSION_LINE.trim() + "\" line at its head");
    }

    /**
     * Loads a dump into the connection's current schema, in one transaction: all of it or nothing. The schema must
     * be at the dump's Flyway version and its tables empty; a table that holds rows stops the load.
     */
    public static Summary restore(Connection connection, InputStream dump) throws SQLException, IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(dump, StandardCharsets.UTF_8));
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            String version = null;
            String schemaVersion = flywayVersion(statement);
            for (String table : tables(statement)) {
                try (ResultSet any = statement.executeQuery("select exists (select 1 from " + table + ")")) {
                    any.next();
                    if (any.getBoolean(1)) {
                        throw new IllegalStateException("the database is not empty (table " + table
                                + " has rows): restore into a new database");
                    }
                }
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> rows = new LinkedHashMap<>();
            StringBuilder sql = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(VERSION_LINE)) {
                    version = line.substring(VERSION_LINE.length()).trim();
                    if (!version.equals(schemaVersion)) {
                        throw new IllegalStateException("the backup is of schema version " + version
                                + ", the database is at " + schemaVersion);
                    }
                } else if (line.startsWith("COPY ")) {
                    CopyIn in = copy.copyIn(line.substring(0, line.length() - ";".length()).replace(" FROM stdin",
                            " FROM STDIN"));
                    long count = 0;
                    for (String row = lines.readLine(); !END_OF_COPY.equals(row); row = lines.readLine()) {
                        if (row == null) {
                            in.cancelCopy();
                            throw new IllegalArgumentException("the backup ends inside " + line);
                        }
                        byte[] bytes = (row + "\n").getBytes(StandardCharsets.UTF_8);
                        in.writeToCopy(bytes, 0, bytes.length);
                        count++;
                    }
                    in.endCopy();
                    rows.put(line.split(" ")[1], count);
                } else if (!line.isBlank() && !line.startsWith("--")) {
                    sql.append(line).append('\n');
                    if (line.endsWith(";")) {
                        statement.execute(sql.toString());
                        sql.setLength(0);
                    }
                }
            }
            if (version == null) {
                throw new IllegalArgumentException("not a Gridwatch backup: no \"" + VERSION_LINE.trim() + "\" line");
            }
            connection.commit();
            return new Summary(version, rows);
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Every table of the current schema but Flyway's, quoted where needed, in name order. */
    static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("""
                select quote_ident(table_name) from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'
                  and table_name <> 'flyway_schema_history'
                order by table_name""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** The table's stored columns (computed ones cannot be copied in), in their order. */
    private static List<String> columns(Statement statement, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("""
                select quote_ident(attname) from pg_attribute
                where attrelid = '%s'::regclass and attnum > 0 and not attisdropped and attgenerated = ''
                order by attnum""".formatted(table.replace("'", "''")))) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        return columns;
    }

    private static String flywayVersion(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("""
                select version from flyway_schema_history where success and version is not null
                order by installed_rank desc limit 1""")) {
            if (!rs.next()) {
                throw new IllegalStateException("no Flyway schema in this database");
            }
            return rs.getString(1);
        }
    }
}
