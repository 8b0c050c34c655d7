package org.gridwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridwatch.DemoDataIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo summer of patrols, loaded with the demo territory into an empty database of its own. */
@DemoDataIntegrationTest
class DemoPatrolsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSummerOfPatrolsOfEveryKindWithJointPatrolsOfThePartnerUnitsAndSomeFindings() {
        assertThat(count("select count(*) from patrol")).isBetween(500L, 900L);
        assertThat(count("select count(distinct kind) from patrol")).isEqualTo(5);
        assertThat(count("select count(*) from patrol where started_at < '2026-05-31T16:00:00Z' "
                + "or ended_at > '2026-09-30T16:00:00Z'")).isZero();
        for (String unit : new String[] {"摩天活力城", "中东大市场", "中日联谊医院"}) {
            assertThat(count("select count(distinct t.patrol_id) from patrol_partner_team t join patrol p "
                    + "on p.id = t.patrol_id where p.kind = 'JOINT' and t.unit_name = '" + unit + "'"))
                    .as(unit).isGreaterThanOrEqualTo(15);
        }
        assertThat(count("select count(*) from patrol p where p.kind = 'JOINT' and not exists "
                + "(select 1 from patrol_partner_member m where m.patrol_id = p.id)")).isZero();
        assertThat(count("select count(*) from patrol where kind = 'SCHOOL_GUARD'")).isGreaterThanOrEqualTo(50);
        assertThat(count("select count(*) from patrol_finding")).isBetween(40L, 200L);
        // written through the facade, audited like any other write (also what the territory wrote before them)
        assertThat(count("select count(*) from patrol_aud")).isEqualTo(count("select count(*) from patrol"));
        assertThat(count("select count(*) from patrol_partner_member_aud"))
                .isEqualTo(count("select count(*) from patrol_partner_member"));
        assertThat(count("select count(*) from place_aud")).isEqualTo(count("select count(*) from place"));
        assertThat(count("select count(*) from duty_assignment_aud"))
                .isEqualTo(count("select count(*) from duty_assignment"));
        // every grid of the branch is patrolled at least once
        assertThat(count("select count(*) from area a where a.type = 'GRID' and not exists "
                + "(select 1 from patrol_grid g where g.grid_id = a.id)")).isZero();
        // officer.dongfang's community sees joint patrols with 摩天活力城's teams
        assertThat(count("""
                select count(*) from patrol p join area g on g.id = p.grid_id
                where p.kind = 'JOINT' and g.path like (select a.path from area a join account c on c.scope_area_id = a.id
                                                       where c.username = 'officer.dongfang') || '%'
                """)).isPositive();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
