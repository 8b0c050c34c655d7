package org.gridwatch.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.gridwatch.IntegrationTest;
import org.gridwatch.area.AreaScope;
import org.gridwatch.audit.HistoryEntry;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.place.PartnerManagement;
import org.gridwatch.place.PlaceManagement;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;

/** The rules of the three outreach records, through their facades. */
@IntegrationTest
class OutreachRulesTests {

    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PeopleManagement people;
    @Autowired DutyManagement duty;
    @Autowired PlaceManagement places;
    @Autowired PartnerManagement partners;
    @Autowired Consultations consultations;
    @Autowired PublicityEvents publicity;
    @Autowired Drills drills;
    @Autowired OutreachStatistics statistics;
    @Autowired ApplicationEvents events;

    OutreachFixture f;
    AreaScope communityA;

    @BeforeEach
    void territory() {
        f = new OutreachFixture(jdbc, accounts, users, people, duty, places, partners);
        communityA = f.communityA();
    }

    FieldFacts facts(long grid, Long... people) {
        return f.facts(grid, List.of(people));
    }

    ConsultationData consultation(FieldFacts facts, String answer, Long answeredBy) {
        return new ConsultationData(facts, "租房押金不退怎么办？" + f.t.suffix, answer, answeredBy,
                ConsultationChannel.PHONE);
    }

    void rejected(Runnable write, String field, String key) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(RejectedInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void aConsultationIsAnsweredByAnOfficerOrMediatorOfTheScopeAndAnAnswerNeedsAnAnswerer() {
        ConsultationView logged = consultations.create(consultation(facts(f.t.gridA1, f.officerA), "可先协商，协商不成可诉讼。",
                f.lawyerA), List.of(), OutreachFixture.RECORDER, communityA);
        assertThat(logged.answered()).isTrue();
        assertThat(consultations.create(consultation(facts(f.t.gridA1, f.officerA), null, null), List.of(),
                OutreachFixture.RECORDER, communityA).answered()).isFalse();

        rejected(() -> consultations.create(consultation(facts(f.t.gridA1, f.officerA), "答复", null), List.of(),
                OutreachFixture.RECORDER, communityA), "answeredById", "outreach.answeredBy.required");
        rejected(() -> consultations.create(consultation(facts(f.t.gridA1, f.officerA), "答复", f.auxiliaryA),
                List.of(), OutreachFixture.RECORDER, communityA), "answeredById", "outreach.answeredBy.invalid");
        rejected(() -> consultations.create(consultation(facts(f.t.gridA1, f.officerA), "答复", f.officerB),
                List.of(), OutreachFixture.RECORDER, communityA), "answeredById", "outreach.answeredBy.invalid");
        rejected(() -> consultations.create(new ConsultationData(facts(f.t.gridA1, f.officerA), " ", null, null,
                ConsultationChannel.ONLINE), List.of(), OutreachFixture.RECORDER, communityA), "question", "NotBlank");
    }

    @Test
    void everyRecordBelongsToAGridOfTheScopeWithPeopleOfTheScopeAtAPastTime() {
        rejected(() -> consultations.create(consultation(facts(f.t.gridB1, f.officerA), null, null), List.of(),
                OutreachFixture.RECORDER, communityA), "gridId", "outreach.grid.invalid");
        rejected(() -> consultations.create(consultation(facts(f.t.communityA, f.officerA), null, null), List.of(),
                OutreachFixture.RECORDER, communityA), "gridId", "outreach.grid.invalid");
        rejected(() -> consultations.create(consultation(facts(f.t.gridA1, f.officerB), null, null), List.of(),
                OutreachFixture.RECORDER, communityA), "personIds", "outreach.people.outsideScope");
        rejected(() -> consultations.create(consultation(facts(f.t.gridA1), null, null), List.of(),
                OutreachFixture.RECORDER, communityA), "personIds", "outreach.people.required");
        FieldFacts tomorrow = new FieldFacts(f.t.gridA1, Instant.now().plus(1, ChronoUnit.DAYS),
                List.of(f.officerA), null, null, null, null);
        rejected(() -> drills.create(new DrillData(tomorrow, List.of(f.partnerA), "消防疏散", 0), List.of(),
                OutreachFixture.RECORDER, communityA), "occurredAt", "outreach.occurredAt.future");
        FieldFacts halfAPoint = new FieldFacts(f.t.gridA1, OutreachFixture.hoursAgo(1), List.of(f.officerA), null,
                43.8, null, null);
        rejected(() -> publicity.create(new PublicityData(halfAPoint, PublicityTopic.LEGAL, "普法", null, "广场", 10),
                List.of(), OutreachFixture.RECORDER, communityA), "gridId", "outreach.point.invalid");
        FieldFacts nowhere = new FieldFacts(f.t.gridA1, OutreachFixture.hoursAgo(1), List.of(f.officerA), null,
                Double.NaN, 125.3, null);
        rejected(() -> publicity.create(new PublicityData(nowhere, PublicityTopic.LEGAL, "普法", null, "广场", 10),
                List.of(), OutreachFixture.RECORDER, communityA), "gridId", "outreach.point.invalid");
    }

    @Test
    void aPublicityEventIsHeldAtAPlaceOfItsGridOrAVenueBeforeAnAudienceOfZeroTo100000() {
        PublicityView atSchool = publicity.create(new PublicityData(facts(f.t.gridA1, f.officerA),
                PublicityTopic.ANTI_FRAUD, "反诈进校园" + f.t.suffix, f.schoolA1, null, 320), List.of(),
                OutreachFixture.RECORDER, communityA);
        assertThat(atSchool.placeId()).isEqualTo(f.schoolA1);
        rejected(() -> publicity.create(new PublicityData(facts(f.t.gridA2, f.officerA), PublicityTopic.ANTI_FRAUD,
                "反诈", f.schoolA1, null, 10), List.of(), OutreachFixture.RECORDER, communityA), "placeId",
                "outreach.place.notInGrid");
        rejected(() -> publicity.create(new PublicityData(facts(f.t.gridA1, f.officerA), PublicityTopic.ANTI_FRAUD,
                "反诈", f.schoolB1, null, 10), List.of(), OutreachFixture.RECORDER, communityA), "placeId",
                "outreach.place.notInGrid");
        rejected(() -> publicity.create(new PublicityData(facts(f.t.gridA1, f.officerA), PublicityTopic.DRUGS,
                "禁毒", null, "  ", 10), List.of(), OutreachFixture.RECORDER, communityA), "venue",
                "outreach.placeOrVenue");
        rejected(() -> publicity.create(new PublicityData(facts(f.t.gridA1, f.officerA), PublicityTopic.DRUGS,
                "禁毒", null, "广场", -1), List.of(), OutreachFixture.RECORDER, communityA), "audienceSize",
                "outreach.audience.range");
        rejected(() -> publicity.create(new PublicityData(facts(f.t.gridA1, f.officerA), PublicityTopic.DRUGS,
                "禁毒", null, "广场", 100_001), List.of(), OutreachFixture.RECORDER, communityA), "audienceSize",
                "outreach.audience.range");
        assertThat(publicity.create(new PublicityData(facts(f.t.gridA1, f.officerA), PublicityTopic.TRAFFIC,
                "交通安全" + f.t.suffix, null, "小区广场", 0), List.of(), OutreachFixture.RECORDER, communityA)
                .audienceSize()).isZero();
    }

    @Test
    void aDrillNamesPartnerUnitsWorkingInTheScopeEvenWhenTheirHomeIsTheStationAbove() {
        DrillView drill = drills.create(new DrillData(facts(f.t.gridA1, f.officerA, f.auxiliaryA),
                List.of(f.partnerA), "商场火灾疏散演练", 25), List.of(), OutreachFixture.RECORDER, communityA);
        assertThat(drill.totalParticipants()).isEqualTo(27);
        assertThat(drills.partnerChoices(communityA)).extracting(p -> p.id()).contains(f.partnerA)
                .doesNotContain(f.partnerB);
        rejected(() -> drills.create(new DrillData(facts(f.t.gridA1, f.officerA), List.of(f.partnerB), "演练", 0),
                List.of(), OutreachFixture.RECORDER, communityA), "partnerUnitIds", "outreach.partners.invalid");
        rejected(() -> drills.create(new DrillData(facts(f.t.gridA1, f.officerA), List.of(), "演练", 0),
                List.of(), OutreachFixture.RECORDER, communityA), "partnerUnitIds", "outreach.partners.required");
        rejected(() -> drills.create(new DrillData(facts(f.t.gridA1, f.officerA), List.of(f.partnerA), "演练", -3),
                List.of(), OutreachFixture.RECORDER, communityA), "partnerParticipants",
                "outreach.partnerParticipants.range");
    }

    @Test
    void everyCreateAndChangePublishesTheFieldRecordWithItsSubkind() {
        ConsultationView c = consultations.create(consultation(facts(f.t.gridA1, f.officerA), "答复", f.lawyerA),
                List.of(), OutreachFixture.RECORDER, communityA);
        consultations.change(c.id(), c.facts().version(), new ConsultationData(facts(f.t.gridA2, f.officerA),
                "改过的问题", "答复", f.lawyerA, ConsultationChannel.IN_PERSON), List.of(), null, communityA);
        PublicityView p = publicity.create(new PublicityData(new FieldFacts(f.t.gridA1, OutreachFixture.hoursAgo(3),
                List.of(f.officerA), null, 43.85, 125.33, 7L), PublicityTopic.ANTI_FRAUD, "反诈宣传", f.schoolA1, null,
                80), List.of(), OutreachFixture.RECORDER, communityA);
        DrillView d = drills.create(new DrillData(facts(f.t.gridA1, f.officerA), List.of(f.partnerA), "防暴演练", 5),
                List.of(), OutreachFixture.RECORDER, communityA);

        List<FieldRecordSaved> saved = events.stream(FieldRecordSaved.class).toList();
        assertThat(saved).filteredOn(e -> e.kind() == RecordKind.CONSULTATION && e.recordId() == c.id())
                .extracting(FieldRecordSaved::subkindKey, e -> e.gridIds().get(0), FieldRecordSaved::personIds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("outreach.channel.PHONE", f.t.gridA1,
                                List.of(f.officerA, f.lawyerA)),
                        org.assertj.core.groups.Tuple.tuple("outreach.channel.IN_PERSON", f.t.gridA2,
                                List.of(f.officerA, f.lawyerA)));
        FieldRecordSaved event = saved.stream().filter(e -> e.kind() == RecordKind.PUBLICITY && e.recordId() == p.id())
                .findFirst().orElseThrow();
        assertThat(event.subkindKey()).isEqualTo("outreach.topic.ANTI_FRAUD");
        assertThat(event.placeId()).isEqualTo(f.schoolA1);
        assertThat(event.campaignId()).isEqualTo(7L);
        assertThat(event.lat()).isEqualTo(43.85);
        assertThat(event.summary()).isEqualTo("反诈宣传");
        assertThat(saved).anyMatch(e -> e.kind() == RecordKind.DRILL && e.recordId() == d.id()
                && e.subkindKey().equals("fieldwork.kind.DRILL"));
    }

    @Test
    void aChangeFromAStaleVersionIsRefusedAndTheHistoryShowsTheSharedFieldsThatChanged() {
        ConsultationView c = consultations.create(consultation(facts(f.t.gridA1, f.officerA), null, null),
                List.of(), OutreachFixture.RECORDER, communityA);
        FieldFacts withNotes = new FieldFacts(f.t.gridA1, c.facts().occurredAt(), List.of(f.officerA, f.auxiliaryA),
                "已电话回访", null, null, null);
        ConsultationView changed = consultations.change(c.id(), c.facts().version(), new ConsultationData(withNotes,
                c.question(), "建议走调解", f.officerA, c.channel()), List.of(), null, communityA);
        assertThat(changed.facts().personIds()).containsExactlyInAnyOrder(f.officerA, f.auxiliaryA);
        assertThatThrownBy(() -> consultations.change(c.id(), c.facts().version(), consultation(withNotes, null, null),
                List.of(), null, communityA)).isInstanceOf(StaleEditException.class);

        List<HistoryEntry> history = consultations.history(c.id(), communityA);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).changes()).extracting(HistoryEntry.FieldChange::field)
                .contains("notes", "personIds", "answer", "answeredById");
    }

    @Test
    void recordsOutsideTheScopeAreNotFoundAndListsFilterInSql() {
        AreaScope stationB = f.scopeOf(f.t.stationB);
        ConsultationView inB = consultations.create(consultation(new FieldFacts(f.t.gridB1, OutreachFixture.hoursAgo(5),
                List.of(f.officerB), null, null, null, 3L), null, null), List.of(), OutreachFixture.RECORDER, stationB);
        ConsultationView inA = consultations.create(consultation(facts(f.t.gridA1, f.officerA), "答", f.lawyerA),
                List.of(), OutreachFixture.RECORDER, communityA);
        assertThatThrownBy(() -> consultations.get(inB.id(), communityA)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> consultations.photos(inB.id(), communityA)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> consultations.search(search(f.t.stationB, null, null, null), communityA,
                PageRequest.of(0, 20))).isInstanceOf(RecordNotFoundException.class);

        assertThat(consultations.search(search(null, null, null, null), communityA, PageRequest.of(0, 100))
                .getContent()).extracting(ConsultationView::id).contains(inA.id()).doesNotContain(inB.id());
        assertThat(consultations.search(search(null, f.lawyerA, null, null), communityA, PageRequest.of(0, 100))
                .getContent()).extracting(ConsultationView::id).containsExactly(inA.id());
        assertThat(consultations.search(search(null, null, "PHONE", null), communityA, PageRequest.of(0, 100))
                .getContent()).extracting(ConsultationView::id).contains(inA.id());
        assertThat(consultations.search(search(null, null, "ONLINE", null), communityA, PageRequest.of(0, 100))
                .getContent()).extracting(ConsultationView::id).doesNotContain(inA.id());
        assertThat(consultations.export(search(f.t.gridB1, null, null, 3L), stationB, 100))
                .extracting(ConsultationView::id).containsExactly(inB.id());
        LocalDate yesterday = LocalDate.now(RecordFilter.ZONE).minusDays(2);
        assertThat(consultations.export(new OutreachSearch(new RecordFilter(null, null, yesterday, null, null), null,
                null), communityA, 100)).extracting(ConsultationView::id).doesNotContain(inA.id());
    }

    @Test
    void theFiguresCountTheScopesRecordsOfThePeriod() {
        AreaScope gridA2 = f.scopeOf(f.t.gridA2);
        consultations.create(consultation(facts(f.t.gridA2, f.officerA), "答", f.officerA), List.of(),
                OutreachFixture.RECORDER, communityA);
        consultations.create(consultation(facts(f.t.gridA2, f.officerA), null, null), List.of(),
                OutreachFixture.RECORDER, communityA);
        publicity.create(new PublicityData(facts(f.t.gridA2, f.officerA), PublicityTopic.ANTI_FRAUD, "反诈", null,
                "广场", 120), List.of(), OutreachFixture.RECORDER, communityA);
        publicity.create(new PublicityData(facts(f.t.gridA2, f.officerA), PublicityTopic.LEGAL, "普法", null,
                "广场", 30), List.of(), OutreachFixture.RECORDER, communityA);
        drills.create(new DrillData(facts(f.t.gridA2, f.officerA), List.of(f.partnerA), "演练", 3), List.of(),
                OutreachFixture.RECORDER, communityA);
        OutreachFigures figures = statistics.figures(gridA2, Instant.now().minus(1, ChronoUnit.DAYS), Instant.now());
        assertThat(figures).isEqualTo(new OutreachFigures(2, 1, 2, 150, 1, 1));
    }

    OutreachSearch search(Long area, Long person, String category, Long campaign) {
        return new OutreachSearch(new RecordFilter(area, null, null, person, campaign), category, null);
    }
}
