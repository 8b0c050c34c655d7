package org.gridwatch.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.meeting.ActionItemData;
import org.gridwatch.meeting.MeetingData;
import org.gridwatch.meeting.MeetingDirectory;
import org.gridwatch.meeting.MeetingKind;
import org.gridwatch.meeting.MeetingManagement;
import org.gridwatch.partybuilding.PartyFixtures;
import org.gridwatch.people.PersonKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The fragment the home page shows, as the lead will use it: a person's open items with their close links. */
@IntegrationTest
class MyItemsFragmentTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired MeetingManagement management;
    @Autowired MeetingDirectory meetings;

    @Test
    void theHomeFragmentListsTheOwnersOpenItemsOverdueFirstWithCloseLinks() throws Exception {
        TestTerritory t = TestTerritory.create(jdbc);
        SignedInUser officer = TestTerritory.user(accounts, users, t.communityA, Role.OFFICER);
        long person = PartyFixtures.person(jdbc, PersonKind.OFFICER, "首页民警" + t.suffix, t.communityA);
        PartyFixtures.link(jdbc, person, officer);
        LocalDate today = meetings.today();
        management.createMeeting(new MeetingData(MeetingKind.PROGRESS_MEETING, "推进会" + t.suffix, today.minusDays(20),
                t.stationA, null, Set.of(), Set.of(), null), List.of(
                new ActionItemData("下周办", person, null, today.plusDays(7)),
                new ActionItemData("已超期", person, null, today.minusDays(3))), null, AreaScope.everything());

        Document fragment = Jsoup.parse(mvc.perform(get("/test/my-items").with(user(officer))).andReturn()
                .getResponse().getContentAsString());
        assertThat(fragment.select("#myActionItems .gw-action-text").eachText()).containsExactly("已超期", "下周办");
        assertThat(fragment.select("#myActionItems .gw-action-state").eachText()).containsExactly("已超期", "办理中");
        assertThat(fragment.select("#myActionItems .gw-close-link").eachAttr("href"))
                .allMatch(href -> href.matches("/meetings/actions/\\d+/close\\?from=mine"));
    }
}
