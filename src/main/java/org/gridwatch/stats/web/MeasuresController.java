package org.gridwatch.stats.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.shared.web.QueryParams;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.stats.AreaMeasures;
import org.gridwatch.stats.MeasureSnapshots;
import org.gridwatch.stats.MeasureValues;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The article's measures (见警率 · 管事率 · 满意率) of an area and period with their definitions, and the same for
 * each child area (a community's grids, a station's communities): a fragment the dashboard loads with htmx, each
 * panel read in one pass per measure and kept {@link MeasureSnapshots#MAX_AGE}.
 */
@Controller
class MeasuresController {

    /** More children than this (a bureau's whole tree) are not worth a row each. */
    private static final int MAX_CHILDREN = 40;

    private final MeasureSnapshots measures;
    private final AreaDirectory areas;
    private final Clock clock;

    MeasuresController(MeasureSnapshots measures, AreaDirectory areas, Clock clock) {
        this.measures = measures;
        this.areas = areas;
        this.clock = clock;
    }

    /** Row of the child-area table. */
    record ChildMeasures(AreaSummary area, MeasureValues values) {
    }

    @GetMapping("/dashboard/measures")
    String measures(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String area,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        AreaScope scope = areas.scopeOf(user);
        Long id = QueryParams.longOrNull(area);
        if (id == null) {
            id = user.scopeAreaId();
        }
        if (id == null) {
            throw new RecordNotFoundException("area", "none");
        }
        AreaSummary chosen = areas.get(id, scope);
        DashboardPeriod period = DashboardPeriod.of(DashboardPeriod.Kind.CUSTOM.name(), from, to,
                LocalDate.now(clock.withZone(RecordFilter.ZONE)));
        List<AreaSummary> children = areas.children(chosen.id(), scope).stream().filter(c -> !c.retired())
                .limit(MAX_CHILDREN).toList();
        model.addAttribute("area", chosen);
        AreaMeasures values = measures.of(chosen.id(), period.from(), period.to());
        model.addAttribute("m", values.area());
        model.addAttribute("children", children.stream()
                .map(c -> new ChildMeasures(c, values.children().get(c.id()))).toList());
        return "stats/measures :: measures";
    }
}
