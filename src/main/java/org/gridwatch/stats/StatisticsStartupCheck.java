package org.gridwatch.stats;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Builds the figures at start-up when they are empty (a new database, or records loaded without events). */
@Component
@Order(20)
class StatisticsStartupCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StatisticsStartupCheck.class);

    private final StatisticsRebuild rebuild;

    StatisticsStartupCheck(StatisticsRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rebuild.isEmpty()) {
            long counted = rebuild.rebuild();
            if (counted > 0) {
                log.info("Statistics were empty: counted {} records from the records themselves.", counted);
            }
        }
    }
}
