package org.gridwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridwatch.DemoDataIntegrationTest;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.CaseDue;
import org.gridwatch.fieldwork.OpenCase;
import org.gridwatch.hazard.HazardDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo season's hazards, loaded with the demo territory into a database of their own. */
@DemoDataIntegrationTest
class DemoHazardsTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    HazardDirectory hazards;

    @Test
    void twelveHazardsOfTheSummerSeasonAreRectifiedAndVerifiedByAnotherPersonAndSomeNoticesAreOverdue() {
        assertThat(count("select count(*) from hazard where state = 'VERIFIED'")).isEqualTo(DemoHazards.VERIFIED);
        assertThat(count("select count(*) from hazard where state = 'NOTIFIED'")).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from hazard where found_at < '2026-06-01' or found_at >= '2026-10-01'"))
                .isZero();
        assertThat(count("select count(*) from hazard h join hazard_step v on v.hazard_id = h.id "
                + "and v.action = 'VERIFIED' where v.by_person_id = h.rectified_by_person_id")).isZero();
        assertThat(count("select count(*) from hazard_step where action = 'REOPENED'")).isGreaterThanOrEqualTo(2);
        assertThat(count("select count(distinct owner_id) from photo where owner_type = 'hazard-after'"))
                .isGreaterThanOrEqualTo(DemoHazards.VERIFIED);
        assertThat(count("select count(*) from hazard h where not exists (select 1 from photo p "
                + "where p.owner_type = 'hazard-before' and p.owner_id = h.id)")).isZero();

        AreaScope branch = new AreaScope(jdbc.sql("select path from area where type = 'BRANCH'")
                .query(String.class).single());
        List<OpenCase> overdue = hazards.overdue(branch, PageRequest.of(0, 50)).getContent();
        assertThat(overdue).isNotEmpty().allSatisfy(c -> assertThat(c.due()).isNotEqualTo(CaseDue.ON_TIME));
        long linheOfficer = jdbc.sql("select p.id from person p join account a on a.id = p.account_id "
                + "where a.username = 'officer.linhe'").query(Long.class).single();
        assertThat(hazards.openCasesOf(linheOfficer, branch)).isNotEmpty();
    }

    @Test
    void theSeasonIsTheSameOnEveryLoad() {
        assertThat(jdbc.sql("select string_agg(category || severity || state || description, ',' order by id) "
                + "from hazard").query(String.class).single().hashCode())
                .isEqualTo(jdbc.sql("select string_agg(category || severity || state || description, ',' order by id) "
                        + "from hazard").query(String.class).single().hashCode());
        assertThat(count("select count(*) from hazard")).isEqualTo(20);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
