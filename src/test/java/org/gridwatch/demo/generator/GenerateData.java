package org.gridwatch.demo.generator;

import org.gridwatch.GridwatchApplication;
import org.springframework.boot.SpringApplication;

/**
 * The bulk generator's entry point, run from the test classpath by {@code bench/generate.sh}: the generator is
 * for benchmarks, so it stays out of the production jar. The application as usual, plus {@link GenerateCommand},
 * with the profile {@code generate} (which also keeps the tests' database set-up away, see TestDatabaseEnvironment).
 */
public final class GenerateData {

    private GenerateData() {
    }

    public static void main(String[] args) {
        SpringApplication.from(GridwatchApplication::main)
                .with(GenerateCommand.class)
                .withAdditionalProfiles("generate")
                .run(args);
    }
}
