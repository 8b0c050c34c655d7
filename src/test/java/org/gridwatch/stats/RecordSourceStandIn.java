package org.gridwatch.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.gridwatch.fieldwork.RecordKind;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for a recording module in {@code StatisticsTests}: its records are whatever the test saved. In
 * the shared context of {@code IntegrationTest}, a rebuild run by another test replays them as well, which
 * keeps those facts as they were.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordSourceStandIn {

    @Bean
    TestSource testSource() {
        return new TestSource();
    }

    static class TestSource implements FieldRecordSource {
        final List<FieldRecordSaved> saved = new ArrayList<>();

        @Override
        public RecordKind kind() {
            return RecordKind.DRILL;
        }

        @Override
        public synchronized void replay(Consumer<FieldRecordSaved> sink) {
            saved.forEach(sink);
        }
    }
}
