package org.gridwatch.fieldwork.web;

import org.gridwatch.area.AreaDirectory;
import org.gridwatch.fieldwork.FieldworkChoices;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.fieldwork.Timelines;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.shared.web.QueryParams;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A grid's and a place's timeline: everything recorded there, newest first. */
@Controller
class TimelineController {

    private static final int PAGE_SIZE = 30;

    private final Timelines timelines;
    private final FieldworkChoices choices;
    private final AreaDirectory areas;
    private final PlaceDirectory places;

    TimelineController(Timelines timelines, FieldworkChoices choices, AreaDirectory areas, PlaceDirectory places) {
        this.timelines = timelines;
        this.choices = choices;
        this.areas = areas;
        this.places = places;
    }

    @GetMapping("/grids/{id}/timeline")
    String grid(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String page, Model model) {
        var scope = choices.scope(user);
        model.addAttribute("entries", timelines.ofGrid(id, scope, PageRequest.of(QueryParams.page(page), PAGE_SIZE)));
        model.addAttribute("grid", areas.get(id, scope));
        model.addAttribute("gridLabel", areas.label(id));
        model.addAttribute("baseUrl", "/grids/" + id + "/timeline");
        return "fieldwork/gridTimeline";
    }

    @GetMapping("/places/{id}/timeline")
    String place(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String page, Model model) {
        var scope = choices.scope(user);
        model.addAttribute("entries", timelines.ofPlace(id, scope, PageRequest.of(QueryParams.page(page), PAGE_SIZE)));
        model.addAttribute("place", places.get(id, scope));
        model.addAttribute("lastVisit", timelines.lastAt(id, RecordKind.VISIT).orElse(null));
        model.addAttribute("baseUrl", "/places/" + id + "/timeline");
        return "fieldwork/placeTimeline";
    }
}
