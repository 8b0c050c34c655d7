package org.gridwatch.meeting.web;

import org.gridwatch.area.AreaDirectory;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.meeting.MeetingDirectory;
import org.gridwatch.people.PersonDirectory;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * For {@code MyItemsFragmentTests}: a page at {@code /test/my-items} that stands in for the home page, the
 * facade's items into the fragment. A test component, so that component scanning leaves it out; imported by
 * {@code IntegrationTestConfiguration} into the shared context, where nothing else uses it.
 */
@TestComponent
@Controller
public class HomeStandIn {

    private final MeetingDirectory meetings;
    private final PersonDirectory people;
    private final AreaDirectory areas;

    HomeStandIn(MeetingDirectory meetings, PersonDirectory people, AreaDirectory areas) {
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
