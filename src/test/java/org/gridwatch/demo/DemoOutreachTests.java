package org.gridwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridwatch.DemoDataIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's outreach season on an empty database of its own: the article's figures, June to September 2026. */
@DemoDataIntegrationTest
class DemoOutreachTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeasonHasTheArticlesConsultationsPublicityEventsAndDrills() {
        assertThat(count("select count(*) from consultation")).isGreaterThanOrEqualTo(300);
        assertThat(count("select count(*) from consultation c join person p on p.id = c.answered_by_id "
                + "where p.kind = 'MEDIATOR'")).isGreaterThan(count("select count(*) from consultation") / 3);
        assertThat(count("select count(*) from consultation c join person p on p.id = c.answered_by_id "
                + "where p.mediator_kind = 'LAWYER'")).isGreaterThan(80);
        assertThat(count("select count(distinct channel) from consultation")).isEqualTo(3);
        assertThat(count("select count(*) from publicity_event")).isGreaterThanOrEqualTo(20);
        assertThat(count("select count(*) from publicity_event where topic = 'ANTI_FRAUD'"))
                .isGreaterThan(count("select count(*) from publicity_event where topic <> 'ANTI_FRAUD'"));
        assertThat(count("select count(*) from publicity_event where place_id is not null")).isPositive();
        assertThat(count("select count(*) from drill")).isBetween(3L, 10L);
        assertThat(jdbc.sql("""
                select count(distinct u.name) from drill_partner d join partner_unit u on u.id = d.partner_unit_id
                where u.name in ('摩天活力城', '中东大市场', '中日联谊医院')
                """).query(Long.class).single()).isEqualTo(3);
        for (String table : new String[] {"consultation", "publicity_event", "drill"}) {
            assertThat(count("select count(*) from " + table + " where occurred_at < '2026-06-01T00:00:00+08' "
                    + "or occurred_at >= '2026-10-01T00:00:00+08'")).as(table).isZero();
            assertThat(count("select count(*) from " + table + " r where not exists (select 1 from " + table
                    + "_person p where p." + (table.equals("publicity_event") ? "publicity_event" : table)
                    + "_id = r.id)")).as(table + " without people").isZero();
        }
        // audited like any other write: one revision row per record
        assertThat(count("select count(*) from consultation_aud")).isEqualTo(count("select count(*) from consultation"));
        assertThat(count("select count(*) from drill_partner_aud")).isEqualTo(count("select count(*) from drill_partner"));
        // the demo officers find their own work in their lists
        assertThat(jdbc.sql("""
                select count(*) from consultation_person cp join person p on p.id = cp.person_id
                join account a on a.id = p.account_id where a.username = 'officer.linhe'
                """).query(Long.class).single()).isPositive();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
