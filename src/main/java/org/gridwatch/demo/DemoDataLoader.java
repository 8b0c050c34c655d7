package org.gridwatch.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.gridwatch.shared.startup.DataLoading;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data at start-up, after the first admin account exists, when enabled (by default: on the
 * embedded database) and only into a database without areas. All of it in one transaction, under the advisory
 * lock of {@link DataLoading}, so two instances starting together cannot both load it, a failure leaves nothing
 * half-loaded, and every instance's sign-in page shows the progress.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataProperties properties;
    private final Environment environment;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DemoTerritory territory;
    private final List<DemoRecords> records;
    private final DataLoading loading;

    DemoDataLoader(DemoDataProperties properties, Environment environment, JdbcClient jdbc,
            TransactionTemplate transactions, DemoTerritory territory, List<DemoRecords> records,
            DataLoading loading) {
        this.loading = loading;
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
        int steps = 1 + records.size();
        Boolean loaded = transactions.execute(status -> {
            loading.begin(steps);
            if (jdbc.sql("select exists (select 1 from area)").query(Boolean.class).single()) {
                return false;
            }
            territory.load();
            int done = 1;
            loading.progress(done, steps);
            for (DemoRecords part : records) {
                part.load();
                loading.progress(++done, steps);
            }
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
