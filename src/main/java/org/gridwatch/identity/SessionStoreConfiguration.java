package org.gridwatch.identity;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), so that every instance serves every user. Out of
 * the box each request writes the session's row only to move its last-access time: a write (and, with a
 * durable database, a flush to disk) for every page. Here the row is written only when something that
 * matters changed — its id, principal or timeout — or when the stored last access is a minute old; a
 * session may so expire up to a minute late, which an eight-hour timeout does not notice. The session's reads and
 * writes run in plain JDBC transactions: through the application's JPA transaction manager each opened an entity
 * manager it never used.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    static final long LAST_ACCESS_RESOLUTION_MILLIS = 60_000;

    /** Spring Session's own update (same parameters, same order), guarded by what changed. */
    static final String UPDATE_SESSION_IF_CHANGED = """
            UPDATE %TABLE_NAME% S
            SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
                MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
                PRINCIPAL_NAME = V.PRINCIPAL_NAME
            FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
                         CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
                         CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
            WHERE S.PRIMARY_ID = V.PRIMARY_ID
              AND (S.SESSION_ID <> V.SESSION_ID
                   OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                   OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                   OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= %RESOLUTION%)
            """.replace("%RESOLUTION%", String.valueOf(LAST_ACCESS_RESOLUTION_MILLIS));

    /**
     * Spring Session's transactions (it looks for this name). Not a default candidate, so that the application's
     * own {@code TransactionTemplate} stays the JPA one.
     */
    @Bean(defaultCandidate = false)
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        return new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> writeSessionsOnlyWhenTheyChange() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_IF_CHANGED);
    }
}
