package org.gridwatch.stats;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gridwatch.fieldwork.Handling;
import org.gridwatch.fieldwork.HandlingSource;
import org.gridwatch.fieldwork.RecordFilter;
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
        if (to.isBefore(from)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        String path = jdbc.sql("select path from area where id = ?").param(areaId).query(String.class).single();
        LocalDate today = LocalDate.now(clock.withZone(RecordFilter.ZONE));
        LocalDate countedTo = to.isAfter(today) ? today : to;
        long days = countedTo.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, countedTo) + 1;
        long grids = jdbc.sql("""
                select count(*) from area a
                where a.path like ? || '%' and a.type = 'GRID' and (a.retired_at is null or a.retired_at >= ?)
                """).params(path, from.atStartOfDay(RecordFilter.ZONE).toOffsetDateTime())
                .query(Long.class).single();
        long patrolDays = days == 0 ? 0 : jdbc.sql("""
                select count(distinct (f.area_id, f.day)) from stats_figure f
                join area a on a.id = f.area_id
                where a.path like ? || '%' and a.type = 'GRID' and f.kind = 'PATROL' and f.records > 0
                  and f.day between ? and ?
                """).params(path, Date.valueOf(from), Date.valueOf(countedTo)).query(Long.class).single();
        long patrolMinutes = jdbc.sql("""
                select coalesce(sum(minutes), 0) from stats_figure
                where area_id = ? and kind = 'PATROL' and day between ? and ?
                """).params(areaId, Date.valueOf(from), Date.valueOf(to)).query(Long.class).single();
        // Grid-days beyond the grids counted (a grid retired later in the period) cannot exceed the denominator.
        long gridDays = grids * days;
        Ratio visibility = new Ratio(Math.min(patrolDays, gridDays), gridDays);

        List<Handling> parts = new ArrayList<>();
        for (HandlingSource source : handlingSources) {
            parts.add(source.handling(path, from.atStartOfDay(RecordFilter.ZONE).toInstant(),
                    to.plusDays(1).atStartOfDay(RecordFilter.ZONE).toInstant(), clock.instant()));
        }
        Ratio handling = new Ratio(parts.stream().mapToLong(Handling::actedInTime).sum(),
                parts.stream().mapToLong(Handling::counted).sum());

        Map<Satisfaction, Long> answers = answers(areaId, from, to);
        long all = answers.values().stream().mapToLong(Long::longValue).sum();
        Ratio satisfaction = new Ratio(answers.get(Satisfaction.SATISFIED) + answers.get(Satisfaction.BASICALLY), all);
        return new MeasureValues(areaId, from, to, countedTo, grids, days, visibility, patrolMinutes, handling,
                List.copyOf(parts), satisfaction, answers);
    }

    private Map<Satisfaction, Long> answers(long areaId, LocalDate from, LocalDate to) {
        Map<Satisfaction, Long> answers = new EnumMap<>(Satisfaction.class);
        for (Satisfaction level : Satisfaction.values()) {
            answers.put(level, 0L);
        }
        jdbc.sql("""
                select level, sum(answers) from stats_satisfaction
                where area_id = ? and day between ? and ? group by level
                """).params(areaId, Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> answers.put(Satisfaction.valueOf(rs.getString(1)), Math.max(0, rs.getLong(2))))
                .list();
        return answers;
    }
}
