package org.gridwatch.stats;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.Handling;
import org.gridwatch.fieldwork.HandlingSource;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.fieldwork.Satisfaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures the article names, per area and period: 见警率 (police visibility), 管事率 (handling rate) and
 * 满意率 (satisfaction rate). Callers check that the area lies in the user's scope. Visibility and satisfaction
 * read the kept figures; handling asks each module that raises matters ({@link HandlingSource}), in SQL.
 */
@Service
@Transactional(readOnly = true)
public class Measures {

    private final JdbcClient jdbc;
    private final List<HandlingSource> handlingSources;
    private final Clock clock;

    Measures(JdbcClient jdbc, List<HandlingSource> handlingSources, Clock clock) {
        this.jdbc = jdbc;
        this.handlingSources = handlingSources.stream().sorted(Comparator.comparing(HandlingSource::kind)).toList();
        this.clock = clock;
    }

    /**
     * The three measures of the area for the days {@code from}..{@code to} (inclusive; swapped when out of order).
     * Days after today are not counted: a running month's 见警率 is judged on the days so far.
     */
    public MeasureValues measures(long areaId, LocalDate from, LocalDate to) {
        return withChildren(areaId, from, to).area();
    }

    /**
     * The measures of the area and of each of its child areas (retired ones too) over the same days, read in one
     * pass per measure: a station's panel with its communities costs what the station alone does, and each child's
     * values are those {@link #measures} gives it.
     */
    public AreaMeasures withChildren(long areaId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        String path = jdbc.sql("select path from area where id = ?").param(areaId).query(String.class).single();
        List<Long> children = jdbc.sql("select id from area where parent_id = ? order by id").param(areaId)
                .query(Long.class).list();
        LocalDate today = LocalDate.now(clock.withZone(RecordFilter.ZONE));
        LocalDate countedTo = to.isAfter(today) ? today : to;
        long days = countedTo.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, countedTo) + 1;
        Instant start = from.atStartOfDay(RecordFilter.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(RecordFilter.ZONE).toInstant();

        Map<String, Long> grids = byChild(jdbc.sql("select " + AreaScope.childOf("a.path", "prefix") + """
                , count(*) from area a
                where a.path like :prefix || '%' and a.type = 'GRID' and (a.retired_at is null or a.retired_at >= :from)
                group by 1
                """).param("prefix", path).param("from", start.atOffset(ZoneOffset.UTC)));
        Map<String, Long> patrolDays = days == 0 ? Map.of() : byChild(jdbc.sql("select "
                + AreaScope.childOf("a.path", "prefix") + """
                , count(distinct (f.area_id, f.day)) from stats_figure f
                join area a on a.id = f.area_id
                where a.path like :prefix || '%' and a.type = 'GRID' and f.kind = 'PATROL' and f.records > 0
                  and f.day between :from and :to
                group by 1
                """).param("prefix", path).param("from", Date.valueOf(from)).param("to", Date.valueOf(countedTo)));
        List<Long> ids = new ArrayList<>(children);
        ids.add(areaId);
        Map<Long, Long> patrolMinutes = new HashMap<>();
        jdbc.sql("""
                select area_id, sum(minutes) from stats_figure
                where area_id in (:ids) and kind = 'PATROL' and day between :from and :to group by area_id
                """).param("ids", ids).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(rs -> {
                    patrolMinutes.put(rs.getLong(1), rs.getLong(2));
                });
        Map<Long, Map<Satisfaction, Long>> answers = answers(ids, from, to);
        Map<RecordKind, Map<String, Handling>> handling = new EnumMap<>(RecordKind.class);
        for (HandlingSource source : handlingSources) {
            handling.put(source.kind(), source.handlingByChild(path, start, end, clock.instant()));
        }

        Part whole = new Part(sum(grids), sum(patrolDays), handlingSources.stream()
                .map(source -> Handling.sum(source.kind(), definition(source), handling.get(source.kind()).values()))
                .toList());
        MeasureValues area = values(areaId, from, to, countedTo, days, whole, patrolMinutes, answers);
        Map<Long, MeasureValues> byChild = new LinkedHashMap<>();
        for (long child : children) {
            String key = String.valueOf(child);
            Part part = new Part(grids.getOrDefault(key, 0L), patrolDays.getOrDefault(key, 0L), handlingSources.stream()
                    .map(source -> handling.get(source.kind()).getOrDefault(key,
                            new Handling(source.kind(), 0, 0, definition(source))))
                    .toList());
            byChild.put(child, values(child, from, to, countedTo, days, part, patrolMinutes, answers));
        }
        return new AreaMeasures(area, byChild);
    }

    /** What one area adds up to: its grids, its patrolled grid-days and its matters per kind. */
    private record Part(long grids, long patrolDays, List<Handling> handling) {
    }

    private static MeasureValues values(long areaId, LocalDate from, LocalDate to, LocalDate countedTo, long days,
            Part part, Map<Long, Long> patrolMinutes, Map<Long, Map<Satisfaction, Long>> answers) {
        // Grid-days beyond the grids counted (a grid retired later in the period) cannot exceed the denominator.
        long gridDays = part.grids() * days;
        Ratio visibility = new Ratio(Math.min(part.patrolDays(), gridDays), gridDays);
        Ratio handling = new Ratio(part.handling().stream().mapToLong(Handling::actedInTime).sum(),
                part.handling().stream().mapToLong(Handling::counted).sum());
        Map<Satisfaction, Long> levels = answers.getOrDefault(areaId, noAnswers());
        long all = levels.values().stream().mapToLong(Long::longValue).sum();
        Ratio satisfaction = new Ratio(levels.get(Satisfaction.SATISFIED) + levels.get(Satisfaction.BASICALLY), all);
        return new MeasureValues(areaId, from, to, countedTo, part.grids(), days, visibility,
                patrolMinutes.getOrDefault(areaId, 0L), handling, List.copyOf(part.handling()), satisfaction, levels);
    }

    private Map<Long, Map<Satisfaction, Long>> answers(List<Long> areaIds, LocalDate from, LocalDate to) {
        Map<Long, Map<Satisfaction, Long>> answers = new HashMap<>();
        jdbc.sql("""
                select area_id, level, sum(answers) from stats_satisfaction
                where area_id in (:ids) and day between :from and :to group by area_id, level
                """).param("ids", areaIds).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(rs -> {
                    answers.computeIfAbsent(rs.getLong(1), id -> noAnswers())
                            .put(Satisfaction.valueOf(rs.getString(2)), Math.max(0, rs.getLong(3)));
                });
        return answers;
    }

    private static Map<Satisfaction, Long> noAnswers() {
        Map<Satisfaction, Long> levels = new EnumMap<>(Satisfaction.class);
        for (Satisfaction level : Satisfaction.values()) {
            levels.put(level, 0L);
        }
        return levels;
    }

    private static Map<String, Long> byChild(JdbcClient.StatementSpec statement) {
        Map<String, Long> counts = new HashMap<>();
        statement.query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String definition(HandlingSource source) {
        return "stats.measures.handling." + source.kind().name();
    }
}
