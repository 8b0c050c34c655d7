package org.gridwatch.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a missing database as Spring Boot's short "APPLICATION FAILED TO START" block, not a stack trace. */
class NoDatabaseConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseConfiguredException cause) {
        return new FailureAnalysis(cause.getMessage() + ". This jar carries no embedded PostgreSQL (built with -Dimage).",
                "Point it at a PostgreSQL 17 database (README, Deployment). For development, build without -Dimage: "
                        + "that jar starts an embedded PostgreSQL when no URL is set.",
                cause);
    }
}
