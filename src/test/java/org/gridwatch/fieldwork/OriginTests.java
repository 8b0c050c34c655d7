package org.gridwatch.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginTests {

    @Test
    void readsARecordOrOneOfItsFindingsAndWritesTheSameText() {
        assertThat(Origin.parse("PATROL-12-3")).contains(new Origin(RecordKind.PATROL, 12, 3));
        assertThat(Origin.parse("VISIT-40")).contains(new Origin(RecordKind.VISIT, 40, null));
        assertThat(Origin.parse("PATROL-12-3").orElseThrow().text()).isEqualTo("PATROL-12-3");
        assertThat(Origin.parse("VISIT-40").orElseThrow().path()).isEqualTo("/visits/40");
    }

    @Test
    void anythingElseIsNoOriginRatherThanAnError() {
        assertThat(Origin.parse(null)).isEmpty();
        assertThat(Origin.parse("")).isEmpty();
        assertThat(Origin.parse("NOTHING-1")).isEmpty();
        assertThat(Origin.parse("VISIT-")).isEmpty();
        assertThat(Origin.parse("VISIT-99999999999999999999")).isEmpty();
        assertThat(Origin.parse("<script>")).isEmpty();
    }
}
