package org.gridwatch.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridwatch.BadInputCorpus;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.meeting.ActionItemData;
import org.gridwatch.meeting.ActionItemView;
import org.gridwatch.meeting.MeetingData;
import org.gridwatch.meeting.MeetingDirectory;
import org.gridwatch.meeting.MeetingKind;
import org.gridwatch.meeting.MeetingManagement;
import org.gridwatch.meeting.MeetingView;
import org.gridwatch.meeting.WorkTeamData;
import org.gridwatch.meeting.WorkTeamView;
import org.gridwatch.partybuilding.PartyFixtures;
import org.gridwatch.people.PersonKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MeetingPagesTests {

    static final AreaScope ALL = AreaScope.everything();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired MeetingManagement management;
    @Autowired MeetingDirectory meetings;

    TestTerritory t;
    SignedInUser supervisorA;
    SignedInUser officerUserA;
    long officerA;
    long officerB;
    LocalDate today;
    MeetingView meetingA;
    MeetingView meetingB;
    WorkTeamView teamB;

    @BeforeEach
    void territory() {
        t = TestTerritory.create(jdbc);
        today = meetings.today();
        supervisorA = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        officerUserA = TestTerritory.user(accounts, users, t.communityA, Role.OFFICER);
        officerA = PartyFixtures.person(jdbc, PersonKind.OFFICER, "甲民警" + t.suffix, t.communityA);
        PartyFixtures.link(jdbc, officerA, officerUserA);
        officerB = PartyFixtures.person(jdbc, PersonKind.OFFICER, "乙民警" + t.suffix, t.communityB);
        meetingA = management.createMeeting(new MeetingData(MeetingKind.JOINT_MEETING, "甲联席会" + t.suffix, today,
                t.stationA, null, Set.of(officerA), Set.of(), "议定"), List.of(
                new ActionItemData("甲事项一", officerA, null, today.plusDays(5)),
                new ActionItemData("甲事项二", officerA, null, today.plusDays(9))), null, ALL);
        teamB = management.createTeam(new WorkTeamData("乙专班" + t.suffix, t.stationB, "任务", Set.of(officerB), Set.of()), ALL);
        meetingB = management.createMeeting(new MeetingData(MeetingKind.PROGRESS_MEETING, "乙推进会" + t.suffix, today,
                t.stationB, teamB.id(), Set.of(officerB), Set.of(), "议定"), List.of(
                new ActionItemData("乙事项", officerB, null, today.plusDays(5))), null, ALL);
    }

    Document page(SignedInUser user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    @Test
    void aSupervisorOfOneStationGetsNotFoundForAnotherStationsMeetingsItemsAndTeams() throws Exception {
        long itemB = meetings.itemsOf(meetingB.id(), ALL).get(0).id();
        for (String path : List.of("/meetings/" + meetingB.id(), "/meetings/" + meetingB.id() + "/edit",
                "/meetings/actions/" + itemB + "/close", "/meetings/teams/" + teamB.id(),
                "/meetings/teams/" + teamB.id() + "/edit", "/meetings?area=" + t.stationB,
                "/meetings/actions?area=" + t.stationB)) {
            mvc.perform(get(path).with(user(supervisorA))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/meetings/actions/" + itemB + "/close").with(user(supervisorA)).with(csrf())
                .param("note", "越权").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post("/meetings/" + meetingB.id() + "/actions").with(user(supervisorA)).with(csrf())
                .param("text", "x").param("owner", "person-" + officerB).param("dueOn", today.toString()))
                .andExpect(status().isNotFound());
        assertThat(page(supervisorA, "/meetings").text()).contains(meetingA.title()).doesNotContain(meetingB.title());
        assertThat(page(supervisorA, "/meetings/actions").text()).contains("甲事项一").doesNotContain("乙事项");
    }

    @Test
    void theOwnerSeesTheirItemsClosesOneWithANoteAndCannotChangeTheMeeting() throws Exception {
        Document mine = page(officerUserA, "/meetings/actions?mine=true");
        assertThat(mine.select("#itemTable tbody tr")).hasSize(2);
        assertThat(mine.select(".gw-close-link")).hasSize(2);
        mvc.perform(get("/meetings/" + meetingA.id() + "/edit").with(user(officerUserA))).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/new").with(user(officerUserA))).andExpect(status().isForbidden());
        ActionItemView first = meetings.openItemsOf(officerA, ALL).get(0);
        mvc.perform(post("/meetings/actions/" + first.id() + "/close").with(user(officerUserA)).with(csrf())
                        .param("note", " ").param("version", "" + first.version()))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("close", "note"));
        mvc.perform(post("/meetings/actions/" + first.id() + "/close").with(user(officerUserA)).with(csrf())
                        .param("note", "已走访落实").param("version", "" + first.version()).param("from", "mine"))
                .andExpect(redirectedUrl("/meetings/actions?mine=true"));
        Document after = page(officerUserA, "/meetings/" + meetingA.id());
        assertThat(after.select("[data-item=" + first.id() + "] .gw-action-state").text()).isEqualTo("已办结");
        assertThat(after.select("[data-item=" + first.id() + "] .gw-closed-note").text()).contains("已走访落实");
        assertThat(after.select("#editMeeting, #addItem")).isEmpty();
        // someone else's item: not theirs to close
        SignedInUser otherOfficer = TestTerritory.user(accounts, users, t.stationA, Role.OFFICER);
        ActionItemView second = meetings.openItemsOf(officerA, ALL).get(0);
        mvc.perform(get("/meetings/actions/" + second.id() + "/close").with(user(otherOfficer)))
                .andExpect(status().isForbidden());
    }

    @Test
    void closingTwiceWithTheSameVersionLetsOneWinAndShowsTheOtherThe409Page() throws Exception {
        ActionItemView item = meetings.openItemsOf(officerA, ALL).get(0);
        mvc.perform(post("/meetings/actions/" + item.id() + "/close").with(user(officerUserA)).with(csrf())
                .param("note", "我办完了").param("version", "" + item.version()))
                .andExpect(redirectedUrlPattern("/meetings/*"));
        String conflict = mvc.perform(post("/meetings/actions/" + item.id() + "/close").with(user(supervisorA))
                        .with(csrf()).param("note", "督导也办完了").param("version", "" + item.version()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(conflict).select("h1").text()).contains("操作冲突");
        assertThat(meetings.item(item.id(), ALL).closedNote()).isEqualTo("我办完了");
        // a stale version of an item still open: the form again, the note kept, 409
        ActionItemView other = meetings.openItemsOf(officerA, ALL).get(0);
        String stale = mvc.perform(post("/meetings/actions/" + other.id() + "/close").with(user(supervisorA))
                        .with(csrf()).param("note", "保留这段话").param("version", "" + (other.version() + 3)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("保留这段话").contains("记录已被他人修改");
    }

    @Test
    void aMeetingIsRecordedWithSeveralActionItemsAndBlankRowsAreDropped() throws Exception {
        String key = java.util.UUID.randomUUID().toString();
        String first = null;
        for (int send = 0; send < 2; send++) {
            String target = mvc.perform(post("/meetings").with(user(supervisorA)).with(csrf())
                            .param("kind", "JOINT_MEETING").param("title", "三方联席会" + t.suffix)
                            .param("heldOn", today.toString()).param("areaId", "" + t.stationA)
                            .param("personIds", "" + officerA).param("decisions", "一、加强巡逻")
                            .param("items[0].text", "巡逻").param("items[0].owner", "person-" + officerA)
                            .param("items[0].dueOn", today.plusDays(3).toString())
                            .param("items[1].text", "").param("items[1].owner", "").param("items[1].dueOn", "")
                            .param("items[2].text", "宣传").param("items[2].owner", "person-" + officerA)
                            .param("items[2].dueOn", today.plusDays(7).toString())
                            .param("submissionKey", key))
                    .andExpect(redirectedUrlPattern("/meetings/*")).andReturn().getResponse().getRedirectedUrl();
            first = first == null ? target : first;
            assertThat(target).isEqualTo(first);
        }
        assertThat(jdbc.sql("select count(*) from joint_meeting where title = ?").param("三方联席会" + t.suffix)
                .query(Long.class).single()).isEqualTo(1);
        Document detail = page(supervisorA, first);
        assertThat(detail.select("#items .gw-action-text").eachText()).containsExactly("巡逻", "宣传");

        // a half-filled row, or a row naming someone outside the scope, is refused beside that row
        mvc.perform(post("/meetings").with(user(supervisorA)).with(csrf())
                        .param("kind", "JOINT_MEETING").param("title", "半行" + t.suffix)
                        .param("heldOn", today.toString()).param("areaId", "" + t.stationA)
                        .param("items[0].text", "").param("items[0].owner", "").param("items[0].dueOn", "")
                        .param("items[1].text", "只写了内容"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("meeting", "items[1].owner", "items[1].dueOn"));
        mvc.perform(post("/meetings").with(user(supervisorA)).with(csrf())
                        .param("kind", "JOINT_MEETING").param("title", "越权" + t.suffix)
                        .param("heldOn", today.toString()).param("areaId", "" + t.stationA)
                        .param("items[0].text", "").param("items[0].owner", "").param("items[0].dueOn", "")
                        .param("items[1].text", "乙的事").param("items[1].owner", "person-" + officerB)
                        .param("items[1].dueOn", today.toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("meeting", "items[1].owner", "meeting.owner.outsideScope"));
        String more = mvc.perform(post("/meetings").with(user(supervisorA)).with(csrf()).param("addRows", "1")
                        .param("title", "加行").param("items[0].text", "保留"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(more).select(".gw-item-row")).hasSize(4);
        assertThat(Jsoup.parse(more).select("input[name='items[0].text']").attr("value")).isEqualTo("保留");
    }

    @Test
    void theOverdueListShowsOnlyOpenItemsPastTheirDay() throws Exception {
        MeetingView old = management.createMeeting(new MeetingData(MeetingKind.PROGRESS_MEETING, "旧推进会" + t.suffix,
                today.minusDays(30), t.stationA, null, Set.of(), Set.of(), null), List.of(
                new ActionItemData("早该办完", officerA, null, today.minusDays(2)),
                new ActionItemData("今天到期", officerA, null, today)), null, ALL);
        Document overdue = page(supervisorA, "/meetings/actions?overdue=true");
        assertThat(overdue.select("#itemTable tbody tr").eachText()).anyMatch(row -> row.contains("早该办完"))
                .noneMatch(row -> row.contains("今天到期")).noneMatch(row -> row.contains("甲事项一"));
        assertThat(overdue.select("tr.gw-action-row-overdue .gw-action-state").eachText()).allMatch("已超期"::equals);
        Document list = page(supervisorA, "/meetings?area=" + t.stationA);
        assertThat(list.select("#meetingTable tbody tr").eachText()).anyMatch(row -> row.contains(old.title()));
    }

    @Test
    void everyFormAnswersHostileInputBesideTheFieldsNeverWithAServerError() throws Exception {
        Map<String, String> meeting = new LinkedHashMap<>();
        meeting.put("kind", "PROGRESS_MEETING");
        meeting.put("title", "攻击会" + t.suffix);
        meeting.put("heldOn", today.toString());
        meeting.put("areaId", "" + t.stationA);
        meeting.put("workTeamId", "");
        meeting.put("personIds", "" + officerA);
        meeting.put("partnerUnitIds", "");
        meeting.put("decisions", "议定");
        meeting.put("items[0].text", "事项");
        meeting.put("items[0].owner", "person-" + officerA);
        meeting.put("items[0].dueOn", today.plusDays(1).toString());
        meeting.put("submissionKey", java.util.UUID.randomUUID().toString());
        BadInputCorpus.attack(mvc, supervisorA, "/meetings", meeting);

        Map<String, String> edit = new LinkedHashMap<>(meeting);
        edit.remove("submissionKey");
        edit.put("version", "" + meetingA.version());
        BadInputCorpus.attack(mvc, supervisorA, "/meetings/" + meetingA.id(), edit);

        BadInputCorpus.attack(mvc, supervisorA, "/meetings/" + meetingA.id() + "/actions", Map.of(
                "text", "补充事项", "owner", "person-" + officerA, "dueOn", today.plusDays(2).toString(),
                "submissionKey", java.util.UUID.randomUUID().toString()));

        ActionItemView item = meetings.openItemsOf(officerA, ALL).get(0);
        BadInputCorpus.attack(mvc, officerUserA, "/meetings/actions/" + item.id() + "/close", Map.of(
                "note", "办结", "version", "" + (item.version() + 1000), "from", "mine"));

        Map<String, String> team = new LinkedHashMap<>();
        team.put("name", "专班" + t.suffix);
        team.put("areaId", "" + t.stationA);
        team.put("purpose", "任务");
        team.put("personIds", "" + officerA);
        team.put("partnerUnitIds", "");
        team.put("submissionKey", java.util.UUID.randomUUID().toString());
        BadInputCorpus.attack(mvc, supervisorA, "/meetings/teams", team);

        WorkTeamView teamA = management.createTeam(new WorkTeamData("甲专班" + t.suffix, t.stationA, null,
                Set.of(officerA), Set.of()), ALL);
        Map<String, String> teamEdit = new LinkedHashMap<>(team);
        teamEdit.remove("submissionKey");
        teamEdit.put("version", "" + teamA.version());
        BadInputCorpus.attack(mvc, supervisorA, "/meetings/teams/" + teamA.id(), teamEdit);
    }

    @Test
    void aStaleMeetingEditShowsTheFormAgainWithTheInputKeptAndStatus409() throws Exception {
        management.changeMeeting(meetingA.id(), meetingA.version(), new MeetingData(MeetingKind.JOINT_MEETING,
                meetingA.title(), today, t.stationA, null, Set.of(), Set.of(), "别人改了"), ALL);
        String page = mvc.perform(post("/meetings/" + meetingA.id()).with(user(supervisorA)).with(csrf())
                        .param("kind", "JOINT_MEETING").param("title", "我的标题" + t.suffix)
                        .param("heldOn", today.toString()).param("areaId", "" + t.stationA)
                        .param("version", "" + meetingA.version()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("我的标题" + t.suffix);
    }
}
