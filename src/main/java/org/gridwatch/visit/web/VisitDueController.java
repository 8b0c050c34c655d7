package org.gridwatch.visit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.FieldworkChoices;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.shared.web.QueryParams;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.visit.VisitDirectory;
import org.gridwatch.visit.VisitDue;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Due to visit (应访未访): an officer's or auxiliary's own grids; a supervisor's (or administrator's) whole scope,
 * narrowed by area. Also the panels other pages load: the home page's due list and a place's visits.
 */
@Controller
@RequestMapping("/visits")
class VisitDueController {

    static final int PAGE_LIMIT = 300;
    static final int PANEL_LIMIT = 8;
    static final int PLACE_PANEL_LIMIT = 5;

    private final VisitDirectory visits;
    private final FieldworkChoices choices;
    private final PlaceDirectory places;

    VisitDueController(VisitDirectory visits, FieldworkChoices choices, PlaceDirectory places) {
        this.visits = visits;
        this.choices = choices;
        this.places = places;
    }

    @GetMapping("/due")
    String due(@RequestParam(required = false) String area, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        boolean wholeScope = user.hasAny(VisitAccess.WHOLE_SCOPE);
        List<VisitDue> due;
        if (wholeScope) {
            RecordFilter filter = RecordFilter.of(area, null, null, null, null);
            due = visits.dueToVisit(null, new AreaScope(choices.pathPrefix(filter, user)), PAGE_LIMIT + 1);
            model.addAttribute("areaChoices", choices.filterAreas(user));
            model.addAttribute("area", filter.areaId());
        } else {
            due = ownGrids(user, PAGE_LIMIT + 1);
            model.addAttribute("ownGrids", ownGridIds(user).size());
        }
        model.addAttribute("wholeScope", wholeScope);
        model.addAttribute("more", due.size() > PAGE_LIMIT);
        model.addAttribute("limit", PAGE_LIMIT);
        model.addAttribute("byGrid", byGrid(due.size() > PAGE_LIMIT ? due.subList(0, PAGE_LIMIT) : due));
        model.addAttribute("count", Math.min(due.size(), PAGE_LIMIT));
        return "visit/due";
    }

    /** The officer's own due list in brief, for the home page ({@code hx-get}). */
    @GetMapping("/due/panel")
    String duePanel(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("due", ownGrids(user, PANEL_LIMIT + 1));
        return "visit/duePanel";
    }

    /** A place's latest visits and a "log a visit here" link, for the place page ({@code hx-get}). */
    @GetMapping("/place-panel")
    String placePanel(@RequestParam(required = false) String placeId, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        Long id = QueryParams.longOrNull(placeId);
        if (id == null) {
            throw new RecordNotFoundException("Place", placeId);
        }
        AreaScope scope = choices.scope(user);
        model.addAttribute("place", places.get(id, scope));
        model.addAttribute("recent", visits.ofPlace(id, scope, PLACE_PANEL_LIMIT));
        return "visit/placePanel";
    }

    private List<VisitDue> ownGrids(SignedInUser user, int limit) {
        return choices.me(user).map(me -> visits.dueToVisitOf(me, choices.scope(user), limit)).orElse(List.of());
    }

    private List<Long> ownGridIds(SignedInUser user) {
        return choices.me(user).map(me -> visits.gridsOnDuty(me, choices.scope(user))).orElse(List.of());
    }

    private static Map<String, List<VisitDue>> byGrid(List<VisitDue> due) {
        Map<String, List<VisitDue>> grouped = new LinkedHashMap<>();
        due.stream().sorted(java.util.Comparator.comparing(VisitDue::gridLabel))
                .forEach(d -> grouped.computeIfAbsent(d.gridLabel(), k -> new java.util.ArrayList<>()).add(d));
        return grouped;
    }
}
