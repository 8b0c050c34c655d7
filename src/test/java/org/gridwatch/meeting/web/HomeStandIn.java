package org.gridwatch.meeting.web;

import org.gridwatch.area.AreaDirectory;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.meeting.MeetingDirectory;
import org.gridwatch.people.PersonDirectory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * For {@code MyItemsFragmentTests}: a page at {@code /test/my-items} that stands in for the home page, the
 * facade's items into the fragment. Part of {@code IntegrationTest}'s shared context, where nothing else uses it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class HomeStandIn {

    @Bean
    MyItemsPage myItemsPage(MeetingDirectory meetings, PersonDirectory people, AreaDirectory areas) {
        return new MyItemsPage(meetings, people, areas);
    }

    @Controller
    static class MyItemsPage {

        private final MeetingDirectory meetings;
        private final PersonDirectory people;
        private final AreaDirectory areas;

        MyItemsPage(MeetingDirectory meetings, PersonDirectory people, AreaDirectory areas) {
            this.meetings = meetings;
            this.people = people;
            this.areas = areas;
        }

        @GetMapping("/test/my-items")
        String myItems(@AuthenticationPrincipal SignedInUser user, Model model) {
            long me = people.ofAccount(user.accountId()).orElseThrow().id();
            model.addAttribute("items", meetings.openItemsOf(me, areas.scopeOf(user)));
            return "meeting/fragments :: myItems";
        }
    }
}
