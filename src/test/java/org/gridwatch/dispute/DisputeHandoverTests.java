package org.gridwatch.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gridwatch.IntegrationTest;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.Satisfaction;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.people.PersonKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;

/** A duty handover passes the leaver's places on open disputes' teams to the successor, and the timeline shows it. */
@IntegrationTest
class DisputeHandoverTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    DutyManagement duty;
    @Autowired
    DisputeDirectory directory;
    @Autowired
    DisputeManagement disputes;
    @Autowired
    ApplicationEvents events;
    @Autowired
    org.gridwatch.TestClock clock;

    DisputeFixtures f;

    @BeforeEach
    void setUp() {
        clock.reset();
        f = new DisputeFixtures(jdbc, accounts, users, duty, directory, disputes);
    }

    @Test
    void theSuccessorTakesTheLeaversPlaceAndLeadOnOpenDisputesOnly() {
        long mediating = f.mediating();
        long reported = f.report();
        long closed = f.resolved();
        disputes.close(closed, f.version(closed), new org.gridwatch.dispute.CallBack(today(), "回访满意",
                Satisfaction.SATISFIED), f.actor(f.officerUser));
        long successor = f.territory.person(PersonKind.OFFICER, "孙接任", f.station.community());

        duty.handOver(f.officer, successor, today(), null, AreaScope.everything());

        DisputeView d = directory.get(mediating, f.actor(f.supervisorUser));
        assertThat(d.team()).extracting(TeamMemberView::personId).containsExactly(successor, f.lawyer);
        assertThat(d.team().get(0).responsible()).isTrue();
        assertThat(d.team().get(0).name()).isEqualTo("孙接任");
        assertThat(d.steps().get(0).kind()).isEqualTo(StepKind.HANDED_OVER);
        assertThat(d.steps().get(0).actorName()).isNull();
        assertThat(d.steps().get(0).detail()).isEqualTo("张建国 → 孙接任");
        assertThat(directory.get(reported, f.actor(f.supervisorUser)).team()).extracting(TeamMemberView::personId)
                .containsExactly(successor);
        assertThat(directory.get(closed, f.actor(f.supervisorUser)).team()).extracting(TeamMemberView::personId)
                .containsExactly(f.officer, f.lawyer);
        assertThat(directory.openCasesOf(successor, AreaScope.everything())).extracting(o -> o.id())
                .contains(mediating, reported);
        assertThat(directory.openCasesOf(f.officer, AreaScope.everything())).extracting(o -> o.id())
                .doesNotContain(mediating, reported);
        assertThat(events.stream(FieldRecordSaved.class).filter(e -> e.recordId() == mediating).reduce((a, b) -> b))
                .get().extracting(FieldRecordSaved::personIds).asList().containsExactly(successor, f.lawyer);
    }

    @Test
    void aSuccessorAlreadyOnTheTeamBecomesItsLeadAndTheLeaverLeaves() {
        long id = f.report();
        long successor = f.territory.person(PersonKind.OFFICER, "周副所", f.station.community());
        disputes.addToTeam(id, f.version(id), successor, f.actor(f.officerUser));

        duty.handOver(f.officer, successor, today(), null, AreaScope.everything());

        DisputeView d = directory.get(id, f.actor(f.supervisorUser));
        assertThat(d.team()).singleElement().satisfies(m -> {
            assertThat(m.personId()).isEqualTo(successor);
            assertThat(m.responsible()).isTrue();
        });
    }

    private static LocalDate today() {
        return LocalDate.now(RecordFilter.ZONE);
    }
}
