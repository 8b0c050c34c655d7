package org.gridwatch.stats;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridwatch.fieldwork.RecordKind;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the kept figures. Callers check that the area lies in the user's scope; every method reads only the
 * pre-aggregated rows of the area(s) asked for (or, for workload, the records of one station or less).
 */
@Service
@Transactional(readOnly = true)
public class Statistics {

    /** One week's records of one kind (weeks start on Monday). */
    public record WeekPoint(LocalDate week, RecordKind kind, long records) {
    }

    /** One area's records of one kind (for rankings of child areas). */
    public record AreaPoint(long areaId, RecordKind kind, long records, long minutes) {
    }

    /** One live grid's records and minutes over a period, with its household count (null when unknown). */
    public record GridFigure(long gridId, Integer households, long records, long minutes) {
    }

    /** One person's records over a period. */
    public record PersonPoint(long personId, long records, long minutes) {
    }

    /** Records of one grid, day, kind and state that count for a campaign. */
    public record CampaignPoint(long gridId, String gridPath, LocalDate day, RecordKind kind, String stateKey,
            long records) {
    }

    private final JdbcClient jdbc;

    Statistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The area's figures for the days {@code from}..{@code to} (inclusive). */
    public Figures figures(long areaId, LocalDate from, LocalDate to) {
        return figures(List.of(areaId), from, to).get(areaId);
    }

    /** {@link #figures(long, LocalDate, LocalDate)} of several areas in one read: area id to figures (empty if none). */
    public Map<Long, Figures> figures(List<Long> areaIds, LocalDate from, LocalDate to) {
        Map<Long, List<Figures.Row>> rows = new HashMap<>();
        areaIds.forEach(id -> rows.put(id, new ArrayList<>()));
        if (!areaIds.isEmpty()) {
            Period period = Period.of(from, to);
            jdbc.sql("""
                    select area_id, kind, subkind_key, state_key, sum(records), sum(minutes), sum(amount)
                    from (""" + Period.ROWS + """
                    ) f
                    group by area_id, kind, subkind_key, state_key
                    """).paramSource(period.params(areaIds))
                    .query((rs, n) -> rows.get(rs.getLong(1)).add(new Figures.Row(RecordKind.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7))))
                    .list();
        }
        Map<Long, Figures> figures = new HashMap<>();
        rows.forEach((id, list) -> figures.put(id, new Figures(list)));
        return figures;
    }

    /** Records per week and kind for the area over the period. */
    public List<WeekPoint> weekly(long areaId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select date_trunc('week', day)::date as week, kind, sum(records)
                from stats_figure where area_id = ? and day between ? and ?
                group by 1, 2 order by 1, 2
                """).params(areaId, Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new WeekPoint(rs.getDate(1).toLocalDate(), RecordKind.valueOf(rs.getString(2)),
                        rs.getLong(3))).list();
    }

    /** Records and minutes per kind for each of the given areas (e.g. the stations of a branch). */
    public List<AreaPoint> byArea(List<Long> areaIds, LocalDate from, LocalDate to) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select area_id, kind, sum(records), sum(minutes) from (" + Period.ROWS
                        + ") f group by area_id, kind")
                .paramSource(Period.of(from, to).params(areaIds))
                .query((rs, n) -> new AreaPoint(rs.getLong(1), RecordKind.valueOf(rs.getString(2)), rs.getLong(3),
                        rs.getLong(4))).list();
    }

    /**
     * Records and minutes of one kind (all kinds when null) over the period for every live grid under the path
     * prefix, zero where nothing was recorded, with the grid's household count: the values of the map, in one
     * grouped query over the kept figures.
     */
    public List<GridFigure> gridFigures(String pathPrefix, RecordKind kind, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select a.id, a.households, coalesce(sum(f.records), 0), coalesce(sum(f.minutes), 0)
                from area a
                left join stats_figure f on f.area_id = a.id and f.day between :from and :to
                     and (cast(:kind as varchar) is null or f.kind = :kind)
                where a.path like :prefix || '%' and a.type = 'GRID' and a.retired_at is null
                group by a.id
                """).param("prefix", pathPrefix).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("kind", kind == null ? null : kind.name())
                .query((rs, n) -> new GridFigure(rs.getLong(1), (Integer) rs.getObject(2), rs.getLong(3),
                        rs.getLong(4))).list();
    }

    /** How many records of each kind the person took part in over the period (their own home-page figures). */
    public java.util.Map<RecordKind, Long> ofPerson(long personId, LocalDate from, LocalDate to) {
        java.util.Map<RecordKind, Long> counts = new java.util.EnumMap<>(RecordKind.class);
        jdbc.sql("""
                select kind, count(*) from stats_record
                where person_ids @> array[cast(? as bigint)] and day between ? and ? group by kind
                """).params(personId, Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> counts.put(RecordKind.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /**
     * Records per person in the subtree over the period, most first. Reads records, so callers ask it for a
     * station or smaller only.
     */
    public List<PersonPoint> workload(String pathPrefix, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                select p.person_id, count(*), sum(r.minutes)
                from stats_record r cross join unnest(r.person_ids) as p(person_id)
                where r.grid_id in (select a.id from area a where a.path like ? || '%') and r.day between ? and ?
                group by p.person_id order by 2 desc, 1 limit ?
                """).params(pathPrefix, Date.valueOf(from), Date.valueOf(to), limit)
                .query((rs, n) -> new PersonPoint(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /**
     * A campaign's records per grid, day, kind and state over the days {@code from}..{@code to}, in the grids
     * under any of the path prefixes: those tagged with the campaign, plus every record of the
     * {@code untaggedKinds} (kinds that carry no campaign, e.g. hazards). Reads records, so callers ask it for
     * the campaign's areas only.
     */
    public List<CampaignPoint> ofCampaign(long campaignId, List<String> pathPrefixes, LocalDate from, LocalDate to,
            java.util.Set<RecordKind> untaggedKinds) {
        if (pathPrefixes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select r.grid_id, a.path, r.day, r.kind, r.state_key, count(*)
                from stats_record r join area a on a.id = r.grid_id
                where a.path like any(?) and r.day between ? and ?
                  and (r.campaign_id = ? or r.kind = any(?))
                group by 1, 2, 3, 4, 5
                """).params(pathPrefixes.stream().map(p -> p + "%").toArray(String[]::new), Date.valueOf(from),
                        Date.valueOf(to), campaignId, untaggedKinds.stream().map(Enum::name).toArray(String[]::new))
                .query((rs, n) -> new CampaignPoint(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        RecordKind.valueOf(rs.getString(4)), rs.getString(5), rs.getLong(6))).list();
    }

    /**
     * A period split for reading: its whole calendar months from stats_figure_month, its ragged ends (the days
     * before the first whole month and after the last) from stats_figure. Without a whole month, all its days are
     * the head. A month's or a year's figures thus read a few rows per month, not per day.
     */
    private record Period(LocalDate headFrom, LocalDate headTo, LocalDate firstMonth, LocalDate lastMonth,
            LocalDate tailFrom, LocalDate tailTo) {

        /** The rows of the areas {@code :ids} over the period: area_id, kind, subkind_key, state_key and sums. */
        static final String ROWS = """
                select area_id, kind, subkind_key, state_key, records, minutes, amount
                from stats_figure_month
                where area_id = any(:ids) and month between :firstMonth and :lastMonth
                union all
                select area_id, kind, subkind_key, state_key, records, minutes, amount
                from stats_figure
                where area_id = any(:ids)
                  and (day between :headFrom and :headTo or day between :tailFrom and :tailTo)
                """;

        static Period of(LocalDate from, LocalDate to) {
            LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate lastMonth = to.plusDays(1).getDayOfMonth() == 1 ? to.withDayOfMonth(1)
                    : to.withDayOfMonth(1).minusMonths(1);
            if (lastMonth.isBefore(firstMonth)) {
                // no whole month: every day from the day table, an empty month range and tail
                return new Period(from, to, firstMonth, firstMonth.minusMonths(1), to.plusDays(1), to);
            }
            return new Period(from, firstMonth.minusDays(1), firstMonth, lastMonth,
                    lastMonth.plusMonths(1), to);
        }

        MapSqlParameterSource params(List<Long> areaIds) {
            return new MapSqlParameterSource().addValue("ids", areaIds.toArray(Long[]::new))
                    .addValue("firstMonth", Date.valueOf(firstMonth)).addValue("lastMonth", Date.valueOf(lastMonth))
                    .addValue("headFrom", Date.valueOf(headFrom)).addValue("headTo", Date.valueOf(headTo))
                    .addValue("tailFrom", Date.valueOf(tailFrom)).addValue("tailTo", Date.valueOf(tailTo));
        }
    }
}
