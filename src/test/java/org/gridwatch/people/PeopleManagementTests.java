package org.gridwatch.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.NewAccount;
import org.gridwatch.identity.Role;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.NotAllowedException;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PeopleManagementTests {

    @Autowired PeopleManagement management;
    @Autowired PersonDirectory people;
    @Autowired AccountManagement accounts;
    @Autowired AreaDirectory areas;
    @Autowired JdbcClient jdbc;

    TestTerritory t;
    AreaScope stationA;
    AreaScope stationB;

    @BeforeEach
    void territory() {
        t = TestTerritory.create(jdbc);
        stationA = new AreaScope(areas.get(t.stationA, AreaScope.everything()).path());
        stationB = new AreaScope(areas.get(t.stationB, AreaScope.everything()).path());
    }

    String policeNumber() {
        return "P" + UUID.randomUUID().toString().substring(0, 8);
    }

    PersonData officer(String number, long home) {
        return new PersonData(PersonKind.OFFICER, null, "王警官", "13812341234", home, number, "社区民警", null, true);
    }

    @Test
    void createsAnOfficerAtACommunityOfTheScopeAndFindsItThere() {
        PersonDetails created = management.create(officer(policeNumber(), t.communityA), stationA);
        assertThat(people.get(created.person().id(), stationA).post()).isEqualTo("社区民警");
        assertThat(people.search("", PersonKind.OFFICER, t.communityA, true, stationA, PageRequest.of(0, 20))
                .getContent()).extracting(PersonSummary::id).containsExactly(created.person().id());
        assertThat(people.panel(t.stationA, stationA).byKind()).containsKey(PersonKind.OFFICER);
        assertThatThrownBy(() -> people.get(created.person().id(), stationB)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void policeNumbersAreUniqueAndRequiredForOfficers() {
        String number = policeNumber();
        management.create(officer(number, t.stationA), stationA);
        assertThatThrownBy(() -> management.create(officer(number, t.stationA), stationA))
                .isInstanceOfSatisfying(RejectedInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("person.policeNumber.taken"));
        assertThatThrownBy(() -> management.create(officer(" ", t.stationA), stationA))
                .isInstanceOfSatisfying(RejectedInput.class,
                        e -> assertThat(e.field()).isEqualTo("policeNumber"));
    }

    @Test
    void twoSimultaneousOfficersWithOnePoliceNumberGiveOneRecordAndOneFieldError() throws Exception {
        String number = policeNumber();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.Callable<Object> attempt = () -> {
            start.await();
            try {
                return management.create(officer(number, t.stationA), stationA);
            } catch (RejectedInput e) {
                return e.messageKey();
            }
        };
        var first = pool.submit(attempt);
        var second = pool.submit(attempt);
        start.countDown();
        java.util.List<Object> outcomes = java.util.List.of(first.get(), second.get());
        pool.shutdown();
        assertThat(outcomes).filteredOn(PersonDetails.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn("person.policeNumber.taken"::equals).hasSize(1);
        assertThat(jdbc.sql("select count(*) from person where police_number = ?").param(number).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void homeAreaMustBeAStationOrCommunityWithinTheScope() {
        assertThatThrownBy(() -> management.create(officer(policeNumber(), t.gridA1), stationA))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.field()).isEqualTo("homeAreaId"));
        assertThatThrownBy(() -> management.create(officer(policeNumber(), t.communityB), stationA))
                .isInstanceOf(RejectedInput.class);
    }

    @Test
    void mediatorsNeedAKindAndAccountsMustExistAndBelongToOnePerson() {
        assertThatThrownBy(() -> management.create(new PersonData(PersonKind.MEDIATOR, null, "李律师", null,
                t.stationA, null, null, null, true), stationA))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.field()).isEqualTo("mediatorKind"));
        assertThatThrownBy(() -> management.create(new PersonData(PersonKind.AUXILIARY, null, "x", null,
                t.stationA, null, null, "no-such-user-" + t.suffix, true), stationA))
                .isInstanceOfSatisfying(RejectedInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("person.account.unknown"));
        String username = "aux" + t.suffix;
        accounts.open(new NewAccount(username, "辅警", "test-password-1", Set.of(Role.AUXILIARY), t.stationA));
        PersonDetails first = management.create(new PersonData(PersonKind.AUXILIARY, null, "张辅警", null,
                t.stationA, null, null, username, true), stationA);
        assertThat(first.person().accountId()).isNotNull();
        assertThatThrownBy(() -> management.create(new PersonData(PersonKind.AUXILIARY, null, "y", null,
                t.stationA, null, null, username, true), stationA))
                .isInstanceOfSatisfying(RejectedInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("person.account.taken"));
        // Saving the same person again with its own account is fine.
        management.change(first.person().id(), first.version(), new PersonData(PersonKind.AUXILIARY, null, "张辅警",
                "13900000000", t.stationA, null, null, username, true), stationA);
    }

    @Test
    void aStaleChangeIsRefusedAndTheHistoryRecordsEachChange() {
        String number = policeNumber();
        PersonDetails created = management.create(officer(number, t.stationA), stationA);
        management.change(created.person().id(), created.version(), officer(number, t.communityA), stationA);
        assertThatThrownBy(() -> management.change(created.person().id(), created.version(),
                officer(number, t.stationA), stationA)).isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> management.change(created.person().id(), created.version() + 1,
                officer(number, t.stationB), stationB)).isInstanceOf(RecordNotFoundException.class);
        assertThat(people.history(created.person().id(), stationA)).hasSize(2);
    }

    @Test
    void officersHoldConcurrentPostsInCommunitiesOfTheScopeAndEndThemOnce() {
        PersonDetails officer = management.create(officer(policeNumber(), t.stationA), stationA);
        long id = officer.person().id();
        PostView post = management.addPost(id, new PostData("社区党委副书记", t.communityA, LocalDate.of(2026, 1, 1),
                null), stationA);
        assertThat(people.posts(id, stationA)).extracting(PostView::postName).containsExactly("社区党委副书记");
        assertThatThrownBy(() -> management.addPost(id, new PostData("x", t.communityB, LocalDate.of(2026, 1, 1),
                null), stationA)).isInstanceOfSatisfying(RejectedInput.class,
                        e -> assertThat(e.field()).isEqualTo("communityId"));
        assertThatThrownBy(() -> management.addPost(id, new PostData("x", t.communityA, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1)), stationA)).isInstanceOf(RejectedInput.class);
        PostView ended = management.endPost(id, post.id(), post.version(), LocalDate.of(2026, 6, 30), stationA);
        assertThat(ended.to()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThatThrownBy(() -> management.endPost(id, post.id(), ended.version(), LocalDate.of(2026, 7, 1), stationA))
                .isInstanceOf(NotAllowedException.class);

        PersonDetails volunteer = management.create(new PersonData(PersonKind.VOLUNTEER, null, "志愿者", null,
                t.communityA, null, null, null, true), stationA);
        assertThatThrownBy(() -> management.addPost(volunteer.person().id(), new PostData("x", t.communityA,
                LocalDate.of(2026, 1, 1), null), stationA)).isInstanceOf(RejectedInput.class);
    }
}
