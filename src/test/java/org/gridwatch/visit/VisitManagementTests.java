package org.gridwatch.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestClock;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.place.PlaceKind;
import org.gridwatch.place.PlaceManagement;
import org.gridwatch.place.PlaceView;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;

/** The visit facade's rules, its event, and "due to visit" computed against a clock the test moves. */
@IntegrationTest
class VisitManagementTests {

    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PeopleManagement people;
    @Autowired PlaceManagement places;
    @Autowired DutyManagement duty;
    @Autowired VisitManagement visits;
    @Autowired VisitDirectory directory;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;

    VisitFixtures.World w;
    AreaScope scopeA;

    @BeforeEach
    void world() {
        w = new VisitFixtures(jdbc, accounts, users, people, places, duty).world(LocalDate.now(clock));
        scopeA = new AreaScope(path(w.t.stationA));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String path(long areaId) {
        return jdbc.sql("select path from area where id = ?").param(areaId).query(String.class).single();
    }

    VisitData with(VisitData d, boolean followUp, LocalDate by) {
        return new VisitData(d.kind(), d.gridId(), d.placeId(), d.occurredAt(), d.personIds(), d.category(),
                d.learned(), followUp, by, d.notes(), d.latitude(), d.longitude(), d.campaignId());
    }

    VisitData at(VisitData d, VisitKind kind, long grid, Long place) {
        return new VisitData(kind, grid, place, d.occurredAt(), d.personIds(), d.category(), d.learned(),
                d.followUpNeeded(), d.followUpBy(), d.notes(), d.latitude(), d.longitude(), d.campaignId());
    }

    void rejected(VisitData data, String field, String key) {
        assertThatThrownBy(() -> visits.create(data, List.of(), scopeA, w.recorderA()))
                .isInstanceOfSatisfying(RejectedInput.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void aFollowUpNeedsADateNotBeforeTheVisit() {
        Instant yesterday = clock.instant().minus(Duration.ofDays(1));
        VisitData visit = w.householdVisit(yesterday);
        rejected(with(visit, true, null), "followUpBy", "visit.followUpBy.required");
        LocalDate visitDay = yesterday.atZone(RecordFilter.ZONE).toLocalDate();
        rejected(with(visit, true, visitDay.minusDays(1)), "followUpBy", "visit.followUpBy.beforeVisit");

        VisitView saved = visits.create(with(visit, true, visitDay.plusDays(7)), List.of(), scopeA, w.recorderA());
        assertThat(saved.followUpOpen()).isTrue();
        assertThat(saved.followUpBy()).isEqualTo(visitDay.plusDays(7));
        VisitView done = visits.completeFollowUp(saved.id(), saved.version(), scopeA);
        assertThat(done.followUpOpen()).isFalse();
        assertThat(done.followUpDoneAt()).isNotNull();

        VisitView noFollowUp = visits.create(with(visit, false, visitDay.plusDays(7)), List.of(), scopeA,
                w.recorderA());
        assertThat(noFollowUp.followUpBy()).as("a date without a follow-up is dropped").isNull();
    }

    @Test
    void thePlaceMustLieInTheChosenGridAndSuitTheKindOfVisit() {
        VisitData visit = w.householdVisit(clock.instant().minus(Duration.ofHours(2)));
        rejected(at(visit, VisitKind.HOUSEHOLD, w.t.gridA2, w.householdA1.id()), "placeId", "visit.place.otherGrid");
        rejected(at(visit, VisitKind.ENTERPRISE, w.t.gridA1, w.householdA1.id()), "placeId", "visit.place.wrongKind");
        rejected(at(visit, VisitKind.HOUSEHOLD, w.t.gridA1, null), "placeId", "visit.place.required");
        rejected(at(visit, VisitKind.HOUSEHOLD, w.t.gridB1, w.householdB1.id()), "gridId", "visit.grid.invalid");
        rejected(at(visit, VisitKind.HOUSEHOLD, w.t.gridA1, w.householdB1.id()), "placeId", "visit.place.invalid");

        assertThat(visits.create(at(visit, VisitKind.VENUE, w.t.gridA1, w.marketA1.id()), List.of(), scopeA,
                w.recorderA()).placeName()).as("a market is visited as a venue").isEqualTo(w.marketA1.name());
        VisitView other = visits.create(at(visit, VisitKind.OTHER, w.t.gridA1, null), List.of(), scopeA,
                w.recorderA());
        assertThat(other.placeId()).as("an 'other' visit may name no place").isNull();
    }

    @Test
    void peopleTimeAndTextAreChecked() {
        VisitData visit = w.householdVisit(clock.instant().plus(Duration.ofHours(1)));
        rejected(visit, "occurredAt", "visit.occurredAt.future");
        VisitData now = w.householdVisit(clock.instant());
        rejected(new VisitData(now.kind(), now.gridId(), now.placeId(), now.occurredAt(), List.of(w.officerBPerson),
                now.category(), now.learned(), false, null, null, null, null, null), "personIds", "visit.people.invalid");
        rejected(new VisitData(now.kind(), now.gridId(), now.placeId(), now.occurredAt(), List.of(),
                now.category(), now.learned(), false, null, null, null, null, null), "personIds",
                "visit.people.required");
        rejected(new VisitData(now.kind(), now.gridId(), now.placeId(), now.occurredAt(), now.personIds(),
                now.category(), "长".repeat(1001), false, null, null, null, null, null), "learned", "visit.text.tooLong");
        rejected(new VisitData(now.kind(), now.gridId(), now.placeId(), now.occurredAt(), now.personIds(),
                now.category(), now.learned(), false, null, null, 43.9, null, null), "lat", "visit.point.invalid");
    }

    @Test
    void everySaveIsPublishedForTheTimelines() {
        VisitView saved = visits.create(w.householdVisit(clock.instant()), List.of(), scopeA, w.recorderA());
        VisitData changed = new VisitData(VisitKind.HOUSEHOLD, w.t.gridA1, w.householdA1.id(), saved.occurredAt(),
                List.of(w.officerAPerson, w.auxiliaryAPerson), VisitCategory.RISK, "电线老化" + w.t.suffix, false, null,
                null, 43.9, 125.3, 7L);
        visits.change(saved.id(), saved.version(), changed, List.of(), List.of(), scopeA, w.recorderA());

        List<FieldRecordSaved> published = events.stream(FieldRecordSaved.class)
                .filter(e -> e.kind() == RecordKind.VISIT && e.recordId() == saved.id()).toList();
        assertThat(published).hasSize(2);
        FieldRecordSaved last = published.get(1);
        assertThat(last.gridIds()).containsExactly(w.t.gridA1);
        assertThat(last.placeId()).isEqualTo(w.householdA1.id());
        assertThat(last.subkindKey()).isEqualTo("visit.kind.HOUSEHOLD");
        assertThat(last.summary()).isEqualTo("电线老化" + w.t.suffix);
        assertThat(last.personIds()).containsExactlyInAnyOrder(w.officerAPerson, w.auxiliaryAPerson);
        assertThat(last.campaignId()).isEqualTo(7L);
        assertThat(last.lat()).isEqualTo(43.9);
    }

    @Test
    void aChangeAgainstAnOldVersionOrOutsideTheScopeIsRefused() {
        VisitView saved = visits.create(w.householdVisit(clock.instant()), List.of(), scopeA, w.recorderA());
        VisitData data = w.householdVisit(saved.occurredAt());
        visits.change(saved.id(), saved.version(), data, List.of(), List.of(), scopeA, w.recorderA());
        assertThatThrownBy(() -> visits.change(saved.id(), saved.version(), data, List.of(), List.of(), scopeA,
                w.recorderA())).isInstanceOf(StaleEditException.class);
        AreaScope scopeB = new AreaScope(path(w.t.stationB));
        assertThatThrownBy(() -> visits.change(saved.id(), saved.version() + 1, data, List.of(), List.of(), scopeB,
                w.recorderA())).isInstanceOf(RecordNotFoundException.class);
        assertThat(directory.find(saved.id(), scopeB)).isEmpty();
    }

    @Test
    void dueToVisitNamesPlacesNeverVisitedOrLastVisitedLongerAgoThanTheirTarget() {
        Instant start = Instant.parse("2026-07-01T02:00:00Z");
        clock.set(start);
        PlaceView recent = w.place(PlaceKind.HOUSEHOLD, "近期走访户", w.t.gridA1, 30);
        PlaceView lapsed = w.place(PlaceKind.HOUSEHOLD, "超期户", w.t.gridA1, 30);
        PlaceView longLapsed = w.place(PlaceKind.HOUSEHOLD, "久未走访户", w.t.gridA1, 10);
        PlaceView noTarget = w.place(PlaceKind.HOUSEHOLD, "无频次户", w.t.gridA1, null);
        visit(lapsed, start.minus(Duration.ofDays(40)));
        visit(lapsed, start.minus(Duration.ofDays(35)));
        visit(recent, start.minus(Duration.ofDays(50)));
        visit(recent, start.minus(Duration.ofDays(5)));
        visit(longLapsed, start.minus(Duration.ofDays(30)));
        visit(noTarget, start.minus(Duration.ofDays(300)));

        List<VisitDue> due = directory.dueToVisit(List.of(w.t.gridA1), scopeA, 100);
        List<Long> ids = due.stream().map(VisitDue::placeId).toList();
        assertThat(ids).doesNotContain(recent.id(), noTarget.id());
        // never visited first (the fixture's places of grid A1), then the longest overdue
        assertThat(ids).containsSubsequence(w.householdA1.id(), longLapsed.id(), lapsed.id());
        VisitDue lapsedDue = due.stream().filter(d -> d.placeId() == lapsed.id()).findFirst().orElseThrow();
        assertThat(lapsedDue.daysOverdue()).isEqualTo(5);
        assertThat(lapsedDue.lastVisitedAt()).isEqualTo(start.minus(Duration.ofDays(35)));
        assertThat(lapsedDue.gridLabel()).contains("甲一网格");
        VisitDue never = due.stream().filter(d -> d.placeId() == w.householdA1.id()).findFirst().orElseThrow();
        assertThat(never.neverVisited()).isTrue();
        assertThat(never.daysOverdue()).isNull();
        assertThat(due.stream().filter(d -> d.placeId() == longLapsed.id()).findFirst().orElseThrow().daysOverdue())
                .isEqualTo(20);
        assertThat(ids).as("only the grids asked for").doesNotContain(w.householdA2.id());

        clock.set(start.plus(Duration.ofDays(26)));
        assertThat(directory.dueToVisit(List.of(w.t.gridA1), scopeA, 100)).extracting(VisitDue::placeId)
                .as("31 days after the last visit, a 30-day target has lapsed").contains(recent.id());
        assertThat(directory.dueToVisit(List.of(w.t.gridA1), scopeA, 2)).hasSize(2);
        assertThat(directory.dueToVisit(null, scopeA, 1000)).extracting(VisitDue::placeId)
                .as("every grid of the scope").contains(w.householdA2.id()).doesNotContain(w.householdB1.id());
        assertThat(directory.dueToVisit(List.of(w.t.gridB1), scopeA, 100)).as("grids outside the scope").isEmpty();
        assertThat(directory.lastVisit(recent.id(), scopeA)).get().extracting(VisitView::occurredAt)
                .isEqualTo(start.minus(Duration.ofDays(5)));
        assertThat(directory.lastVisit(w.householdA1.id(), scopeA)).isEmpty();
    }

    private void visit(PlaceView place, Instant at) {
        visits.create(new VisitData(VisitKind.of(place.kind()), place.gridId(), place.id(), at,
                List.of(w.officerAPerson), VisitCategory.OTHER, "无异常", false, null, null, null, null, null),
                List.of(), scopeA, w.recorderA());
    }
}
