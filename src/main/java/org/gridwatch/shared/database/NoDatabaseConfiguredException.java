package org.gridwatch.shared.database;

/**
 * No {@code spring.datasource.url} and no embedded PostgreSQL in the jar (a production image): the
 * application cannot start. {@link NoDatabaseConfiguredFailureAnalyzer} turns it into one clear message.
 */
public class NoDatabaseConfiguredException extends IllegalStateException {

    static final String MESSAGE = "no database configured: set SPRING_DATASOURCE_URL (e.g. "
            + "jdbc:postgresql://db:5432/gridwatch), SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD";

    public NoDatabaseConfiguredException() {
        super(MESSAGE);
    }
}
