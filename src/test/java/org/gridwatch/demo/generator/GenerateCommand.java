package org.gridwatch.demo.generator;

import javax.sql.DataSource;
import java.time.Clock;
import org.gridwatch.stats.StatisticsRebuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After the demo data, fills the database with {@code gridwatch.generate.grids} grids and
 * {@code gridwatch.generate.records} records under the branch {@code gridwatch.generate.branch} (code; default
 * the demo branch JK), then stops the application (unless {@code gridwatch.generate.exit=false}). Registered
 * by {@link GenerateData} only: not a component, so no test context picks it up.
 */
@Order(30)
class GenerateCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

    private final DataSource dataSource;
    private final StatisticsRebuild statistics;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    GenerateCommand(DataSource dataSource, StatisticsRebuild statistics, Clock clock, JdbcClient jdbc,
            Environment environment, ConfigurableApplicationContext context) {
        this.dataSource = dataSource;
        this.statistics = statistics;
        this.clock = clock;
        this.jdbc = jdbc;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int grids = environment.getProperty("gridwatch.generate.grids", Integer.class, 10_000);
        long records = environment.getProperty("gridwatch.generate.records", Long.class, 100_000L);
        long seed = environment.getProperty("gridwatch.generate.seed", Long.class, 20261128L);
        String branchCode = environment.getProperty("gridwatch.generate.branch", "JK");
        long branch = jdbc.sql("select id from area where code = ? and type = 'BRANCH'").param(branchCode)
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No branch with code " + branchCode));
        log.info("Generating {} grids and {} records under branch {} ({})", grids, records, branchCode, branch);
        BulkGenerator.Result result = new BulkGenerator(dataSource, statistics, clock)
                .generate(new BulkGenerator.Plan(grids, records, seed, branch));
        // Index-only scans need the visibility map that a vacuum writes; a normal database gets it from autovacuum.
        jdbc.sql("vacuum analyze stats_figure").update();
        jdbc.sql("vacuum analyze stats_figure_month").update();
        jdbc.sql("vacuum analyze stats_record").update();
        jdbc.sql("analyze").update();
        log.info("Generated: area codes {}-*, {} records; records {} ms, figures {} ms. Dashboard: /dashboard?area={}",
                result.codePrefix(), result.records(), result.recordMillis(), result.figureMillis(), branch);
        if (environment.getProperty("gridwatch.generate.exit", Boolean.class, true)) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
