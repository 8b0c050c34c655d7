package org.gridwatch.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data at start-up, after the first admin account exists, when enabled (by default: on the
 * embedded database) and only into a database without areas. All of it in one transaction, under an advisory
 * lock, so two instances starting together cannot both load it and a failure leaves nothing half-loaded.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final long LOCK_KEY = 0x67726964L;

    private final DemoDataProperties properties;
    private final Environment environment;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DemoTerritory territory;
    private final List<DemoRecords> records;

    DemoDataLoader(DemoDataProperties properties, Environment environment, JdbcClient jdbc,
            TransactionTemplate transactions, DemoTerritory territory, List<DemoRecords> records) {
        this.properties = properties;
        this.environment = environment;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.territory = territory;
        this.records = records;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            return;
        }
        Boolean loaded = transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query(Object.class).single();
            if (jdbc.sql("select exists (select 1 from area)").query(Boolean.class).single()) {
                return false;
            }
            territory.load();
            records.forEach(DemoRecords::load);
            return true;
        });
        if (Boolean.TRUE.equals(loaded)) {
            log.info("Loaded the demo data (经开分局, six stations, {} grids). Demo accounts, password '{}': {}",
                    DemoTerritory.GRID_COUNT, DemoTerritory.PASSWORD, String.join(", ", DemoTerritory.ACCOUNTS));
        } else {
            log.info("Demo data not loaded: the database already has areas.");
        }
    }

    /** Explicit setting first; unset means "when the embedded database is in use". */
    boolean enabled() {
        if (properties.enabled() != null) {
            return properties.enabled();
        }
        return "true".equals(environment.getProperty("gridwatch.embedded-db.active"));
    }
}
