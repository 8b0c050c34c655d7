package org.gridwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridwatch.DemoDataIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's summer of tips, on the same fresh demo database as {@link DemoDataTests} (the context is shared). */
@DemoDataIntegrationTest
class DemoTipsTests {

    @Autowired
    JdbcClient jdbc;

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void aSummerOfMostlyFraudAndGamblingTipsInEveryStateWithAFewLoggedReveals() {
        assertThat(count("select count(*) from tip")).isEqualTo(DemoTips.COUNT);
        assertThat(count("select count(*) from tip where occurred_at < timestamptz '2026-06-01 00:00+08' "
                + "or occurred_at >= timestamptz '2026-10-01 00:00+08'")).isZero();
        assertThat(count("select count(*) from tip where category in ('TELECOM_FRAUD', 'GAMBLING')"))
                .isGreaterThan(DemoTips.COUNT * 6 / 10);
        assertThat(count("select count(distinct category) from tip")).isEqualTo(4);
        assertThat(count("select count(distinct status) from tip")).isEqualTo(4);
        assertThat(count("select count(*) from tip where status = 'HANDED_OVER' and handed_over_to is null")).isZero();
        assertThat(count("select count(*) from tip t where source_kind = 'ANONYMOUS' "
                + "and exists (select 1 from tip_source s where s.tip_id = t.id)")).isZero();
        assertThat(count("select count(*) from tip t where source_kind <> 'ANONYMOUS' "
                + "and not exists (select 1 from tip_source s where s.tip_id = t.id)")).isZero();
        assertThat(count("select count(*) from tip_source_reveal r join account a on a.id = r.revealed_by "
                + "where a.username = 'station.chief'")).isEqualTo(3);
        assertThat(count("select count(*) from tip_aud a join tip_source s on s.tip_id = a.id "
                + "where a::text like '%' || s.name || '%'")).isZero();
        assertThat(count("select count(distinct t.grid_id) from tip t")).isGreaterThan(10);
    }
}
