package org.gridwatch.home.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gridwatch.dispute.DisputeDirectory;
import org.gridwatch.duty.DutyDirectory;
import org.gridwatch.fieldwork.OpenCase;
import org.gridwatch.hazard.HazardDirectory;
import org.gridwatch.fieldwork.FieldworkChoices;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.meeting.MeetingDirectory;
import org.gridwatch.stats.Statistics;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page after sign-in. Supervisors and administrators with an area get the supervision dashboard; officers
 * and auxiliaries get their own day: their grids, what is due, their open cases and their own figures.
 */
@Controller
class HomeController {

    private final FieldworkChoices choices;
    private final DutyDirectory duty;
    private final Statistics statistics;
    private final DisputeDirectory disputes;
    private final HazardDirectory hazards;
    private final MeetingDirectory meetings;
    private final Clock clock;

    HomeController(FieldworkChoices choices, DutyDirectory duty, Statistics statistics, DisputeDirectory disputes,
            HazardDirectory hazards, MeetingDirectory meetings, Clock clock) {
        this.meetings = meetings;
        this.disputes = disputes;
        this.hazards = hazards;
        this.choices = choices;
        this.duty = duty;
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (user.hasAny(HomeAccess.DASHBOARD_HOME) && user.scopeAreaId() != null) {
            return "forward:/dashboard";
        }
        choices.me(user).ifPresent(person -> {
            LocalDate today = LocalDate.now(clock.withZone(RecordFilter.ZONE));
            model.addAttribute("myGrids", duty.gridsOf(person, choices.scope(user)));
            model.addAttribute("myFigures", statistics.ofPerson(person, today.withDayOfMonth(1), today));
            List<OpenCase> cases = new ArrayList<>(disputes.openCasesOf(person, choices.scope(user)));
            cases.addAll(hazards.openCasesOf(person, choices.scope(user)));
            cases.sort(OpenCase.MOST_URGENT);
            model.addAttribute("myCases", cases);
            model.addAttribute("myActionItems", meetings.openItemsOf(person, choices.scope(user)));
        });
        model.addAttribute("logKinds", java.util.List.of(org.gridwatch.fieldwork.RecordKind.VISIT,
                org.gridwatch.fieldwork.RecordKind.PATROL, org.gridwatch.fieldwork.RecordKind.TIP));
        return "home/index";
    }
}
