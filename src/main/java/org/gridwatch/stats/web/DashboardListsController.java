package org.gridwatch.stats.web;

import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.shared.web.QueryParams;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard's parts that read the case, duty and place tables rather than the kept figures: the late counts of
 * the dispute and hazard cards and the lists of late cases, uncovered grids and places due for a visit. Each is an
 * htmx fragment the dashboard loads after the page, so the page costs what its figures cost whatever the number of
 * grids and records; each fragment reads through {@link DashboardLists}.
 */
@Controller
class DashboardListsController {

    private final AreaDirectory areas;
    private final DashboardLists lists;

    DashboardListsController(AreaDirectory areas, DashboardLists lists) {
        this.areas = areas;
        this.lists = lists;
    }

    @GetMapping("/dashboard/late/{kind}")
    String late(@AuthenticationPrincipal SignedInUser user, @PathVariable String kind,
            @RequestParam(required = false) String area, Model model) {
        RecordKind caseKind = QueryParams.enumOrNull(RecordKind.class, kind);
        if (caseKind != RecordKind.DISPUTE && caseKind != RecordKind.HAZARD) {
            throw new RecordNotFoundException("late cases", kind);
        }
        AreaSummary chosen = chosen(user, area);
        model.addAttribute("area", chosen);
        model.addAttribute("late", lists.late(caseKind, chosen.path()));
        return "stats/dashboard-lists :: late";
    }

    @GetMapping("/dashboard/lists/late-cases")
    String lateCases(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String area,
            Model model) {
        AreaSummary chosen = chosen(user, area);
        model.addAttribute("lateCases", lists.lateCases(chosen.path()));
        return "stats/dashboard-lists :: lateCases";
    }

    @GetMapping("/dashboard/lists/uncovered")
    String uncovered(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String area,
            Model model) {
        AreaScope scope = areas.scopeOf(user);
        AreaSummary chosen = chosen(user, area, scope);
        model.addAttribute("uncoveredGrids", lists.uncovered(scope, chosen.path()));
        return "stats/dashboard-lists :: uncovered";
    }

    @GetMapping("/dashboard/lists/due-to-visit")
    String dueToVisit(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String area,
            Model model) {
        AreaSummary chosen = chosen(user, area);
        model.addAttribute("dueToVisit", lists.dueToVisit(chosen.path()));
        return "stats/dashboard-lists :: dueToVisit";
    }

    private AreaSummary chosen(SignedInUser user, String area) {
        return chosen(user, area, areas.scopeOf(user));
    }

    /** The area asked for (the user's own by default), within the scope; a 404 otherwise. */
    private AreaSummary chosen(SignedInUser user, String area, AreaScope scope) {
        Long id = QueryParams.longOrNull(area);
        if (id == null) {
            id = user.scopeAreaId();
        }
        if (id == null) {
            throw new RecordNotFoundException("area", "none");
        }
        return areas.get(id, scope);
    }
}
