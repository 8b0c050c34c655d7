package org.gridwatch.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedPostgresEnvironmentTests {

    final DeferredLogFactory logs = Supplier<Log>::get;

    @Test
    void aConfiguredDatasourceUrlLeavesTheEmbeddedServerOut() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/gridwatch");
        new EmbeddedPostgresEnvironment(logs).postProcessEnvironment(environment, null);
        assertThat(environment.getPropertySources().contains(EmbeddedPostgresEnvironment.SOURCE_NAME)).isFalse();
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/gridwatch");
    }

    @Test
    void withoutAUrlTheEmbeddedServerIsUsed() {
        MockEnvironment environment = new MockEnvironment().withProperty("gridwatch.embedded-db.ephemeral", "true");
        new EmbeddedPostgresEnvironment(logs).postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql://localhost:");
        assertThat(environment.getProperty("gridwatch.embedded-db.active")).isEqualTo("true");
    }

    @Test
    void itCanBeSwitchedOff() {
        MockEnvironment environment = new MockEnvironment().withProperty("gridwatch.embedded-db.enabled", "false");
        new EmbeddedPostgresEnvironment(logs).postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("spring.datasource.url")).isNull();
    }
}
