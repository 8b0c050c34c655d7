package org.gridwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gridwatch.DemoDataIntegrationTest;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyDirectory;
import org.gridwatch.duty.GridCoverage;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.visit.VisitDirectory;
import org.gridwatch.visit.VisitDue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo season of visits on an empty database of its own: the article's figure, and officer.linhe's to-do. */
@DemoDataIntegrationTest
class DemoVisitsTests {

    @Autowired JdbcClient jdbc;
    @Autowired VisitDirectory visits;
    @Autowired DutyDirectory duty;

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theSummerSeasonHoldsTheArticlesVisitsToEnterprisesVenuesAndSchools() {
        String season = " and occurred_at >= '2026-06-01 00:00+08' and occurred_at < '2026-10-01 00:00+08'";
        assertThat(count("select count(*) from visit where kind in ('ENTERPRISE', 'VENUE', 'SCHOOL')" + season))
                .isGreaterThanOrEqualTo(420);
        for (String kind : new String[] {"ENTERPRISE", "VENUE", "SCHOOL", "HOUSEHOLD", "OTHER"}) {
            assertThat(count("select count(*) from visit where kind = '" + kind + "'" + season)).as(kind).isPositive();
        }
        assertThat(count("select count(*) from visit where occurred_at > now()")).isZero();
        assertThat(count("select count(distinct category) from visit")).isEqualTo(5);
        assertThat(count("select count(*) from visit where follow_up_needed and follow_up_done_at is null"))
                .isPositive();
        assertThat(count("select count(*) from photo where owner_type = 'visit'")).isPositive();
        assertThat(count("select count(*) from visit v join place p on p.id = v.place_id where p.grid_id <> v.grid_id"))
                .isZero();
        System.out.println("DEMO-VISITS: " + count("select count(*) from visit") + " visits, "
                + count("select extract(epoch from max(recorded_at) - min(recorded_at)) * 1000 from visit")
                + " ms between the first and the last");
    }

    @Test
    void officerLinheHasPlacesDueToVisitButNotAllOfThem() {
        long person = count("select p.id from person p join account a on a.id = p.account_id "
                + "where a.username = 'officer.linhe'");
        String branch = jdbc.sql("select path from area where type = 'BRANCH'").query(String.class).single();
        List<Long> grids = duty.gridsOf(person, new AreaScope(branch)).stream().map(GridCoverage::gridId).toList();
        assertThat(grids).isNotEmpty();
        List<VisitDue> due = visits.dueToVisit(grids, new AreaScope(branch), 100);
        assertThat(due).isNotEmpty();
        if (LocalDate.now(RecordFilter.ZONE).isAfter(DemoVisits.SEASON_END.plusDays(7))) {
            long placesWithTarget = count("select count(*) from place where visit_every_days is not null and grid_id in ("
                    + String.join(",", grids.stream().map(String::valueOf).toList()) + ")");
            assertThat((long) due.size()).as("some of the officer's places were visited recently")
                    .isLessThan(placesWithTarget);
        }
    }
}
