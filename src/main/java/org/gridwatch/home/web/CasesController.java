package org.gridwatch.home.web;

import java.util.ArrayList;
import java.util.List;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.dispute.DisputeDirectory;
import org.gridwatch.fieldwork.OpenCase;
import org.gridwatch.hazard.HazardDirectory;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.meeting.MeetingDirectory;
import org.gridwatch.shared.paging.ListPage;
import org.gridwatch.shared.web.QueryParams;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overdue list of a scope: disputes and hazards past their stage's due date, red (督办) first, then the joint
 * meetings' action items past their due day.
 */
@Controller
class CasesController {

    private static final int PAGE_SIZE = 30;

    private final DisputeDirectory disputes;
    private final HazardDirectory hazards;
    private final MeetingDirectory meetings;
    private final AreaDirectory areas;

    CasesController(DisputeDirectory disputes, HazardDirectory hazards, MeetingDirectory meetings,
            AreaDirectory areas) {
        this.meetings = meetings;
        this.disputes = disputes;
        this.hazards = hazards;
        this.areas = areas;
    }

    @GetMapping("/cases/overdue")
    String overdue(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String area,
            @RequestParam(required = false) String page, Model model) {
        AreaScope scope = areas.scopeOf(user);
        Long areaId = QueryParams.longOrNull(area);
        if (areaId != null) {
            // Narrowed to one area of the scope (from a dashboard card); an area outside the scope is a 404.
            var chosen = areas.get(areaId, scope);
            scope = new AreaScope(chosen.path());
            model.addAttribute("areaLabel", areas.label(chosen.id()));
            model.addAttribute("areaId", chosen.id());
        }
        int number = QueryParams.page(page);
        // Both lists are sorted the same way: the first (page + 1) × size of each hold the merged page.
        PageRequest head = PageRequest.of(0, (number + 1) * PAGE_SIZE);
        var fromDisputes = disputes.overdue(scope, head);
        var fromHazards = hazards.overdue(scope, head);
        List<OpenCase> merged = new ArrayList<>(fromDisputes.getContent());
        merged.addAll(fromHazards.getContent());
        merged.sort(OpenCase.MOST_URGENT);
        int from = Math.min(merged.size(), number * PAGE_SIZE);
        int to = Math.min(merged.size(), from + PAGE_SIZE);
        boolean more = to < merged.size() || fromDisputes.hasNext() || fromHazards.hasNext();
        model.addAttribute("cases", new ListPage<>(merged.subList(from, to), PageRequest.of(number, PAGE_SIZE), more,
                fromDisputes.getCount().plus(fromHazards.getCount())));
        // Meeting action items are not cases; the first page lists the overdue ones under the cases.
        if (number == 0) {
            model.addAttribute("overdueItems", meetings.overdue(scope, PageRequest.of(0, PAGE_SIZE)));
        }
        return "home/overdue";
    }
}
