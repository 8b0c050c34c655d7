package org.gridwatch.duty;

import java.time.LocalDate;
import org.gridwatch.IntegrationTest;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaType;
import org.gridwatch.identity.AccountManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Measures the coverage board on 10,000 grids (20 stations × 25 communities × 20 grids, three people on duty in
 * most grids). Off by default; run with
 * {@code ./mvnw -B -q test -Dtest=CoverageScaleBenchmark -Dgridwatch.bench=true} and read the printed figures.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "gridwatch.bench", matches = "true")
class CoverageScaleBenchmark {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DutyDirectory duty;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;

    @Test
    void timeTheCoverageBoardOnTenThousandGrids() {
        DutyFixtures territory = new DutyFixtures(jdbc, accounts, users);
        long bureau = territory.area(AreaType.BUREAU, null, "基准市局");
        long branch = territory.area(AreaType.BRANCH, bureau, "基准分局");
        String branchPath = jdbc.sql("select path from area where id = ?").param(branch).query(String.class).single();
        long started = System.nanoTime();
        for (int s = 0; s < 20; s++) {
            long station = territory.area(AreaType.STATION, branch, "基准派出所" + s);
            long officer = territory.person(org.gridwatch.people.PersonKind.OFFICER, "民警" + s, station);
            long auxiliary = territory.person(org.gridwatch.people.PersonKind.AUXILIARY, "辅警" + s, station);
            for (int c = 0; c < 25; c++) {
                long community = territory.area(AreaType.COMMUNITY, station, "基准社区" + s + "-" + c);
                long worker = territory.person(org.gridwatch.people.PersonKind.GRID_WORKER, "网格员" + s + "-" + c,
                        community);
                String path = jdbc.sql("select path from area where id = ?").param(community)
                        .query(String.class).single();
                jdbc.sql("""
                        with g as (
                            select nextval('area_id_seq') as id, n from generate_series(1, 20) n
                        ), inserted as (
                            insert into area (id, code, name, type, parent_id, path, created_at, updated_at)
                            select g.id, 'bench-' || g.id, '基准网格' || g.n, 'GRID', :community,
                                   :path || g.id || '/', now(), now()
                            from g returning id
                        )
                        insert into duty_assignment (grid_id, person_id, role, valid_from, valid_to, created_at, updated_at)
                        select i.id, p.person, p.role, date '2026-01-01',
                               case when i.id % 17 = 0 then date '2026-02-01' end, now(), now()
                        from inserted i
                        cross join (values (:officer, 'RESPONSIBLE_OFFICER'), (:auxiliary, 'AUXILIARY'),
                                           (:worker, 'LIAISON')) as p(person, role)
                        where not (p.role = 'AUXILIARY' and i.id % 11 = 0)
                        """)
                        .param("community", community).param("path", path).param("officer", officer)
                        .param("auxiliary", auxiliary).param("worker", worker).update();
            }
        }
        jdbc.sql("analyze").update();
        System.out.printf("BENCH generated 10,000 grids in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        AreaScope scope = new AreaScope(branchPath);
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            CoverageCounts counts = duty.counts(scope, new CoverageFilter(null, null));
            long t1 = System.nanoTime();
            var page = duty.coverage(scope, new CoverageFilter(null, null), PageRequest.of(200, 25));
            long t2 = System.nanoTime();
            var uncovered = duty.coverage(scope, new CoverageFilter(null, CoverageStatus.PARTLY), PageRequest.of(0, 25));
            long t3 = System.nanoTime();
            System.out.printf("BENCH round %d: counts %s in %d ms; page 201 (counts + rows) in %d ms; "
                    + "PARTLY filter %d rows in %d ms; today %s%n", round, counts, (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, uncovered.getTotalElements(), (t3 - t2) / 1_000_000, LocalDate.now());
            if (page.getContent().size() != 25) {
                throw new IllegalStateException("expected a full page");
            }
        }
    }
}
