package org.gridwatch.stats.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridwatch.area.AreaChoice;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.stats.Figures;
import org.gridwatch.stats.Statistics;
import org.gridwatch.stats.StatisticsRebuild;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervision dashboard for any area of the user's scope and a period: figure cards linking to the lists
 * behind them (records and cases opened in the period by their state now, cases late now), the weekly trend, the
 * ranking of child areas, workload per person (from a station down) and coverage.
 */
@Controller
class DashboardController {

    /** Kinds whose figures the statistics keep, in card order. */
    static final List<RecordKind> COUNTED = List.of(RecordKind.PATROL, RecordKind.VISIT, RecordKind.CONSULTATION,
            RecordKind.PUBLICITY, RecordKind.DRILL, RecordKind.TIP);
    private static final int WORKLOAD_PEOPLE = 15;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Statistics statistics;
    private final StatisticsRebuild rebuild;
    private final AreaDirectory areas;
    private final CoverageSnapshots coverage;
    private final PersonDirectory people;
    private final MessageSource messages;
    private final Clock clock;

    DashboardController(Statistics statistics, StatisticsRebuild rebuild, AreaDirectory areas,
            CoverageSnapshots coverage, PersonDirectory people, MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.rebuild = rebuild;
        this.areas = areas;
        this.coverage = coverage;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal SignedInUser user, @ModelAttribute DashboardPageQuery query,
            Locale locale, Model model) {
        AreaScope scope = areas.scopeOf(user);
        AreaSummary chosen = chosenArea(user, query.areaId(), scope);
        DashboardPeriod shown = query.shown(LocalDate.now(clock.withZone(RecordFilter.ZONE)));
        Figures figures = statistics.figures(chosen.id(), shown.from(), shown.to());

        model.addAttribute("area", chosen);
        model.addAttribute("areaLabel", areas.label(chosen.id()));
        model.addAttribute("areaOptions", AreaChoice.optionsHtml(
                areas.choices(scope, AreaType.BRANCH, AreaType.STATION, AreaType.COMMUNITY), chosen.id()));
        model.addAttribute("period", shown);
        model.addAttribute("periods", DashboardPeriod.Kind.values());
        model.addAttribute("figures", figures);
        model.addAttribute("kinds", COUNTED);
        model.addAttribute("coverage", coverage.counts(scope, chosen.path()));
        // The late counts and the lists read the case, duty and place tables: htmx loads them (DashboardListsController).
        model.addAttribute("listQuery", "?area=" + chosen.id() + "&from=" + shown.from() + "&to=" + shown.to());
        model.addAttribute("trendChart", json(trend(chosen, shown, locale)));
        List<AreaSummary> children = areas.children(chosen.id(), scope);
        model.addAttribute("rankingChart", children.isEmpty() ? null : json(ranking(children, shown, locale)));
        boolean personal = chosen.type().ordinal() >= AreaType.STATION.ordinal();
        model.addAttribute("workloadChart", personal ? json(workload(chosen, shown, scope, locale)) : null);
        return "stats/dashboard";
    }

    /** Recounts every figure from the records (when figures are suspected to have drifted). */
    @PostMapping("/dashboard/rebuild")
    String rebuild(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        long counted = rebuild.rebuild();
        redirect.addFlashAttribute("flash", "stats.rebuild.done");
        redirect.addFlashAttribute("flashArgs", new Object[] {counted});
        return "redirect:/dashboard";
    }

    private AreaSummary chosenArea(SignedInUser user, Long areaId, AreaScope scope) {
        Long id = areaId != null ? areaId : user.scopeAreaId();
        if (id == null) {
            throw new RecordNotFoundException("area", "none");
        }
        return areas.get(id, scope);
    }

    private Map<String, Object> trend(AreaSummary area, DashboardPeriod period, Locale locale) {
        List<Statistics.WeekPoint> points = statistics.weekly(area.id(), period.from(), period.to());
        List<String> weeks = points.stream().map(p -> p.week().toString()).distinct().sorted().toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (RecordKind kind : COUNTED) {
            List<Long> values = weeks.stream().map(week -> points.stream()
                    .filter(p -> p.kind() == kind && p.week().toString().equals(week))
                    .mapToLong(Statistics.WeekPoint::records).sum()).toList();
            series.add(Map.of("name", label(kind, locale), "type", "line", "data", values));
        }
        return Map.of("kind", "trend", "categories", weeks, "series", series);
    }

    private Map<String, Object> ranking(List<AreaSummary> children, DashboardPeriod period, Locale locale) {
        List<Statistics.AreaPoint> points = statistics.byArea(children.stream().map(AreaSummary::id).toList(),
                period.from(), period.to());
        List<String> names = children.stream().map(AreaSummary::name).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (RecordKind kind : COUNTED) {
            List<Long> values = children.stream().map(child -> points.stream()
                    .filter(p -> p.areaId() == child.id() && p.kind() == kind)
                    .mapToLong(Statistics.AreaPoint::records).sum()).toList();
            series.add(Map.of("name", label(kind, locale), "type", "bar", "stack", "records", "data", values));
        }
        return Map.of("kind", "ranking", "categories", names, "series", series);
    }

    private Map<String, Object> workload(AreaSummary area, DashboardPeriod period, AreaScope scope, Locale locale) {
        List<Statistics.PersonPoint> points = statistics.workload(area.path(), period.from(), period.to(),
                WORKLOAD_PEOPLE);
        Map<String, Long> byName = new LinkedHashMap<>();
        for (Statistics.PersonPoint p : points) {
            String name = people.find(p.personId()).map(PersonSummary::name).orElse("#" + p.personId());
            byName.merge(name, p.records(), Long::sum);
        }
        return Map.of("kind", "workload", "categories", List.copyOf(byName.keySet()),
                "series", List.of(Map.of("name", messages.getMessage("stats.records", null, locale), "type", "bar",
                        "data", List.copyOf(byName.values()))));
    }

    private String label(RecordKind kind, Locale locale) {
        return messages.getMessage(kind.labelKey(), null, locale);
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
