package org.gridwatch.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link EmbeddedPostgresEnvironmentTests}: starts the embedded server on the folder
 * given, the way Gridwatch does, says so, and waits to be killed hard, as a crashed application would be.
 */
public final class AbandonedServer {

    static final String READY = "SERVER READY";

    private AbandonedServer() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgresServer.builder(Path.of(args[0]), false).start();
        System.out.println(READY + " " + postgres.getPort());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
