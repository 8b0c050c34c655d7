package org.gridwatch.stats.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.duty.CoverageFilter;
import org.gridwatch.duty.CoverageStatus;
import org.gridwatch.duty.DutyDirectory;
import org.gridwatch.duty.GridCoverage;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.fieldwork.Timelines;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.shared.web.QueryParams;
import org.gridwatch.stats.Statistics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervision map: the grids of an area shaded by a chosen measure over a period, with located records
 * of a chosen kind as points. Works with no tile server (polygons on a plain background). The page's script joins
 * three requests: the geometry (cached, revalidated by entity tag), the values per grid, and the points.
 */
@Controller
class MapController {

    private static final int MAX_POINTS = 2000;
    private static final int MAX_GRIDS = 20_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Browsers keep the geometry a minute, then revalidate it (a 304 while no area has changed). */
    private static final CacheControl GEOMETRY_CACHE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePrivate()
            .mustRevalidate();

    private final Statistics statistics;
    private final AreaDirectory areas;
    private final DutyDirectory duty;
    private final Timelines timelines;
    private final MessageSource messages;
    private final Clock clock;
    private final MapGeometry geometry;
    private final MapValues values;
    private final String tileUrl;

    MapController(Statistics statistics, AreaDirectory areas, DutyDirectory duty, Timelines timelines,
            MessageSource messages, Clock clock, MapGeometry geometry, MapValues values,
            @Value("${gridwatch.map.tile-url:}") String tileUrl) {
        this.statistics = statistics;
        this.areas = areas;
        this.duty = duty;
        this.timelines = timelines;
        this.messages = messages;
        this.clock = clock;
        this.geometry = geometry;
        this.values = values;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/dashboard/map")
    String map(@AuthenticationPrincipal SignedInUser user, @ModelAttribute MapQuery query, Model model) {
        AreaScope scope = areas.scopeOf(user);
        AreaSummary chosen = areas.get(areaId(user, query.areaId()), scope);
        DashboardPeriod shown = query.shown(today());
        model.addAttribute("area", chosen);
        model.addAttribute("areaLabel", areas.label(chosen.id()));
        model.addAttribute("areaChoices", areas.choices(scope, AreaType.BRANCH, AreaType.STATION, AreaType.COMMUNITY));
        model.addAttribute("period", shown);
        model.addAttribute("periods", DashboardPeriod.Kind.values());
        model.addAttribute("measure", query.shade());
        model.addAttribute("measures", MapMeasure.values());
        model.addAttribute("pointKind", query.pointKind());
        model.addAttribute("pointKinds", DashboardController.COUNTED);
        model.addAttribute("tileUrl", tileUrl);
        return "stats/map";
    }

    /**
     * The boundaries of the area's live grids as GeoJSON (id, name and community per grid), from {@link MapGeometry}:
     * the entity tag is known from the area and the tree's stamp, so a browser revalidating an unchanged area gets a
     * 304 before anything is looked up or written.
     */
    @GetMapping("/dashboard/map/geometry")
    ResponseEntity<byte[]> geometry(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String area,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        AreaSummary chosen = areas.get(areaId(user, QueryParams.longOrNull(area)), areas.scopeOf(user));
        String stamp = geometry.stamp();
        String etag = MapGeometry.etag(chosen, stamp);
        if (matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(GEOMETRY_CACHE).build();
        }
        MapGeometry.Serialised shapes = geometry.of(chosen, stamp);
        boolean gzip = acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().eTag(etag).cacheControl(GEOMETRY_CACHE)
                .contentType(MediaType.APPLICATION_JSON).varyBy(HttpHeaders.ACCEPT_ENCODING);
        return gzip ? answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(shapes.gzip())
                : answer.body(shapes.json());
    }

    /**
     * The chosen measure over the period for every live grid of the area, {@code {gridId: value}}; a grid without a
     * value (no household count, no coverage) is left out. One grouped query over the kept figures, kept for
     * {@link MapValues#MAX_AGE}.
     */
    @GetMapping("/dashboard/map/data")
    ResponseEntity<byte[]> values(@AuthenticationPrincipal SignedInUser user, @ModelAttribute MapQuery query) {
        AreaScope scope = areas.scopeOf(user);
        AreaSummary chosen = areas.get(areaId(user, query.areaId()), scope);
        DashboardPeriod shown = query.shown(today());
        MapMeasure shade = query.shade();
        byte[] json = values.of(chosen.path(), shade, shown,
                () -> JSON.writeValueAsBytes(count(shade, chosen, shown, scope)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }

    private Map<Long, Number> count(MapMeasure measure, AreaSummary area, DashboardPeriod period, AreaScope scope) {
        Map<Long, Number> result = new LinkedHashMap<>();
        switch (measure) {
            case RECORDS -> statistics.gridFigures(area.path(), null, period.from(), period.to())
                    .forEach(g -> result.put(g.gridId(), g.records()));
            case PATROL_HOURS -> statistics.gridFigures(area.path(), RecordKind.PATROL, period.from(), period.to())
                    .forEach(g -> result.put(g.gridId(), Math.round(g.minutes() / 6.0) / 10.0));
            case VISITS_PER_100_HOUSEHOLDS -> statistics.gridFigures(area.path(), RecordKind.VISIT, period.from(),
                    period.to()).stream().filter(g -> g.households() != null && g.households() > 0)
                    .forEach(g -> result.put(g.gridId(), Math.round(g.records() * 1000.0 / g.households()) / 10.0));
            case COVERAGE -> duty.coverage(scope, new CoverageFilter(area.path(), null),
                    PageRequest.of(0, MAX_GRIDS)).forEach(g -> result.put(g.gridId(), coverageValue(g)));
        }
        return result;
    }

    /** The located records of one kind over the period, drawn as points once the map's view is set. */
    @GetMapping("/dashboard/map/points")
    @ResponseBody
    List<Map<String, Object>> points(@AuthenticationPrincipal SignedInUser user, @ModelAttribute MapQuery query,
            Locale locale) {
        AreaSummary chosen = areas.get(areaId(user, query.areaId()), areas.scopeOf(user));
        DashboardPeriod shown = query.shown(today());
        RecordKind kind = query.pointKind();
        if (kind == null) {
            return List.of();
        }
        RecordFilter range = new RecordFilter(null, shown.from(), shown.to(), null, null);
        return timelines.points(chosen.path(), kind, range.fromInstant(), range.toExclusive(), MAX_POINTS).stream()
                .map(p -> Map.<String, Object>of("lat", p.lat(), "lon", p.lon(), "path", p.path(),
                        "label", messages.getMessage(p.kind().labelKey(), null, locale)
                                + (p.summary() == null ? "" : " · " + p.summary())))
                .toList();
    }

    /** If-None-Match holds the tag (weakly compared, as for a GET) or is "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static double coverageValue(GridCoverage grid) {
        return grid.status() == CoverageStatus.COVERED ? 2 : grid.status() == CoverageStatus.PARTLY ? 1 : 0;
    }

    /** The area asked for, else the user's own. */
    private static long areaId(SignedInUser user, Long id) {
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
