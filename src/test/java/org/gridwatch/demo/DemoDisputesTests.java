package org.gridwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridwatch.DemoDataIntegrationTest;
import org.gridwatch.area.AreaScope;
import org.gridwatch.dispute.DisputeActor;
import org.gridwatch.dispute.DisputeDirectory;
import org.gridwatch.dispute.DisputeRow;
import org.gridwatch.dispute.DisputeSearch;
import org.gridwatch.fieldwork.CaseDue;
import org.gridwatch.fieldwork.OpenCase;
import org.gridwatch.identity.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo season of disputes on a database of its own: the article's 32 resolved, open ones, two overdue. */
@DemoDataIntegrationTest
class DemoDisputesTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DisputeDirectory disputes;
    @Autowired
    UserDetailsService users;

    @Test
    void thirtyTwoDisputesResolvedInTheSummerAndClosedAfterTheCallBack() {
        assertThat(count("""
                select count(*) from dispute where resolved_at >= '2026-06-01T00:00:00+08'
                  and resolved_at < '2026-10-01T00:00:00+08' and state = 'CLOSED' and satisfaction is not null
                """)).isEqualTo(DemoDisputes.RESOLVED);
        assertThat(count("select count(*) from dispute where resolved_at is not null")).isEqualTo(DemoDisputes.RESOLVED);
        assertThat(count("select count(*) from dispute where state = 'REFERRED' or referred_at is not null"))
                .isEqualTo(4);
        assertThat(count("select count(*) from dispute where state = 'ESCALATED'")).isEqualTo(2);
        assertThat(count("select count(*) from dispute where state = 'MEDIATING'")).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from dispute_session")).isGreaterThan(DemoDisputes.RESOLVED);
        assertThat(count("select count(*) from dispute d where not exists (select 1 from dispute_team_member t "
                + "where t.dispute_id = d.id and t.responsible)")).isZero();
    }

    @Test
    void aCoupleAreOverdueOneOfThemRed() {
        String branch = jdbc.sql("select path from area where type = 'BRANCH'").query(String.class).single();
        List<OpenCase> overdue = disputes.overdue(new AreaScope(branch), PageRequest.of(0, 20)).getContent();
        assertThat(overdue).extracting(OpenCase::due).containsExactly(CaseDue.RED, CaseDue.OVERDUE);
    }

    @Test
    void theDemoMediatorSeesTheDisputesOfItsTeamsAndNoOthers() {
        DisputeActor wang = disputes.actor((SignedInUser) users.loadUserByUsername("mediator.wang"));
        List<DisputeRow> seen = disputes.search(new DisputeSearch(wang.scope().pathPrefix(), null, null, null, null,
                null, null, null, "occurred"), wang, PageRequest.of(0, 100)).getContent();
        long onTeam = count("select count(*) from dispute_team_member where person_id = " + wang.personId());
        assertThat(seen).hasSize((int) onTeam).hasSizeGreaterThanOrEqualTo(8);
        assertThat(disputes.openCasesOf(wang.personId(), wang.scope())).isNotEmpty();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
