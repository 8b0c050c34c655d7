package org.gridwatch.stats.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.area.GridShape;
import org.gridwatch.duty.CoverageFilter;
import org.gridwatch.duty.CoverageStatus;
import org.gridwatch.duty.DutyDirectory;
import org.gridwatch.duty.GridCoverage;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.fieldwork.Timelines;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.shared.web.QueryParams;
import org.gridwatch.stats.Statistics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervision map: the grids of an area shaded by a chosen measure over a period, with located records
 * of a chosen kind as points. Works with no tile server (polygons on a plain background).
 */
@Controller
class MapController {

    private static final int MAX_POINTS = 2000;
    private static final int MAX_GRIDS = 20_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Statistics statistics;
    private final AreaDirectory areas;
    private final DutyDirectory duty;
    private final Timelines timelines;
    private final MessageSource messages;
    private final Clock clock;
    private final String tileUrl;

    MapController(Statistics statistics, AreaDirectory areas, DutyDirectory duty, Timelines timelines,
            MessageSource messages, Clock clock, @Value("${gridwatch.map.tile-url:}") String tileUrl) {
        this.statistics = statistics;
        this.areas = areas;
        this.duty = duty;
        this.timelines = timelines;
        this.messages = messages;
        this.clock = clock;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/dashboard/map")
    String map(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String area,
            @RequestParam(required = false) String period, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String measure,
            @RequestParam(required = false) String points, Model model) {
        user.requireAny(Role.ADMIN, Role.SUPERVISOR);
        AreaScope scope = areas.scopeOf(user);
        AreaSummary chosen = areas.get(areaId(user, area), scope);
        DashboardPeriod shown = DashboardPeriod.of(period, from, to, today());
        model.addAttribute("area", chosen);
        model.addAttribute("areaLabel", areas.label(chosen.id()));
        model.addAttribute("areaChoices", areas.choices(scope, AreaType.BRANCH, AreaType.STATION, AreaType.COMMUNITY));
        model.addAttribute("period", shown);
        model.addAttribute("periods", DashboardPeriod.Kind.values());
        model.addAttribute("measure", measureOf(measure));
        model.addAttribute("measures", MapMeasure.values());
        model.addAttribute("pointKind", QueryParams.enumOrNull(RecordKind.class, points));
        model.addAttribute("pointKinds", DashboardController.COUNTED);
        model.addAttribute("tileUrl", tileUrl);
        return "stats/map";
    }

    /** GeoJSON of the grids with each grid's value, a legend, and the located records asked for. */
    @GetMapping("/dashboard/map/data")
    @ResponseBody
    Map<String, Object> data(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String area,
            @RequestParam(required = false) String period, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String measure,
            @RequestParam(required = false) String points, Locale locale) {
        user.requireAny(Role.ADMIN, Role.SUPERVISOR);
        AreaScope scope = areas.scopeOf(user);
        AreaSummary chosen = areas.get(areaId(user, area), scope);
        DashboardPeriod shown = DashboardPeriod.of(period, from, to, today());
        MapMeasure shade = measureOf(measure);
        List<GridShape> grids = areas.gridShapes(chosen.path());
        Map<Long, Double> values = values(shade, chosen, grids, shown, scope);

        List<Map<String, Object>> features = new ArrayList<>();
        for (GridShape grid : grids) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", grid.id());
            properties.put("name", grid.name());
            properties.put("community", grid.communityName());
            properties.put("value", values.get(grid.id()));
            properties.put("timeline", "/grids/" + grid.id() + "/timeline");
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("geometry", geometry(grid.boundary()));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("type", "FeatureCollection");
        result.put("features", features);
        result.put("measure", messages.getMessage("stats.map.measure." + shade, null, locale));
        result.put("coverage", shade == MapMeasure.COVERAGE);
        RecordKind pointKind = QueryParams.enumOrNull(RecordKind.class, points);
        result.put("points", pointKind == null ? List.of() : timelines.points(chosen.path(), pointKind,
                new RecordFilter(null, shown.from(), shown.to(), null, null).fromInstant(),
                new RecordFilter(null, shown.from(), shown.to(), null, null).toExclusive(), MAX_POINTS).stream()
                .map(p -> Map.of("lat", p.lat(), "lon", p.lon(), "path", p.path(),
                        "label", messages.getMessage(p.kind().labelKey(), null, locale)
                                + (p.summary() == null ? "" : " · " + p.summary())))
                .toList());
        return result;
    }

    private Map<Long, Double> values(MapMeasure measure, AreaSummary area, List<GridShape> grids,
            DashboardPeriod period, AreaScope scope) {
        Map<Long, Double> values = new HashMap<>();
        switch (measure) {
            case RECORDS -> statistics.perGrid(area.path(), null, period.from(), period.to())
                    .forEach(p -> values.put(p.areaId(), (double) p.records()));
            case PATROL_HOURS -> statistics.perGrid(area.path(), RecordKind.PATROL, period.from(), period.to())
                    .forEach(p -> values.put(p.areaId(), Math.round(p.minutes() / 6.0) / 10.0));
            case VISITS_PER_100_HOUSEHOLDS -> {
                Map<Long, Long> visits = new HashMap<>();
                statistics.perGrid(area.path(), RecordKind.VISIT, period.from(), period.to())
                        .forEach(p -> visits.put(p.areaId(), p.records()));
                for (GridShape grid : grids) {
                    if (grid.households() != null && grid.households() > 0) {
                        values.put(grid.id(), Math.round(visits.getOrDefault(grid.id(), 0L) * 1000.0
                                / grid.households()) / 10.0);
                    }
                }
            }
            case COVERAGE -> duty.coverage(scope, new CoverageFilter(area.path(), null),
                    PageRequest.of(0, MAX_GRIDS)).forEach(g -> values.put(g.gridId(), coverageValue(g)));
        }
        if (measure != MapMeasure.VISITS_PER_100_HOUSEHOLDS && measure != MapMeasure.COVERAGE) {
            grids.forEach(g -> values.putIfAbsent(g.id(), 0.0));
        }
        return values;
    }

    private static double coverageValue(GridCoverage grid) {
        return grid.status() == CoverageStatus.COVERED ? 2 : grid.status() == CoverageStatus.PARTLY ? 1 : 0;
    }

    private static JsonNode geometry(String boundary) {
        return boundary == null ? null : JSON.readTree(boundary);
    }

    private static MapMeasure measureOf(String value) {
        MapMeasure measure = QueryParams.enumOrNull(MapMeasure.class, value);
        return measure == null ? MapMeasure.RECORDS : measure;
    }

    private static long areaId(SignedInUser user, String area) {
        Long id = QueryParams.longOrNull(area);
        if (id != null) {
            return id;
        }
        if (user.scopeAreaId() == null) {
            throw new org.gridwatch.shared.web.RecordNotFoundException("area", "none");
        }
        return user.scopeAreaId();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(RecordFilter.ZONE));
    }
}
