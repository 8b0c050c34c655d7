package org.gridwatch.stats;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.gridwatch.fieldwork.RecordKind;
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
        return new Figures(jdbc.sql("""
                select kind, subkind_key, state_key, sum(records), sum(minutes), sum(amount)
                from stats_figure where area_id = ? and day between ? and ?
                group by kind, subkind_key, state_key
                """).params(areaId, Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new Figures.Row(RecordKind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6))).list());
    }

    /** {@link #figures(long, LocalDate, LocalDate)} of several areas in one read: area id to figures (empty if none). */
    public java.util.Map<Long, Figures> figures(List<Long> areaIds, LocalDate from, LocalDate to) {
        java.util.Map<Long, List<Figures.Row>> rows = new java.util.HashMap<>();
        areaIds.forEach(id -> rows.put(id, new java.util.ArrayList<>()));
        if (!areaIds.isEmpty()) {
            jdbc.sql("""
                    select area_id, kind, subkind_key, state_key, sum(records), sum(minutes), sum(amount)
                    from stats_figure where area_id = any(?) and day between ? and ?
                    group by area_id, kind, subkind_key, state_key
                    """).params(areaIds.toArray(Long[]::new), Date.valueOf(from), Date.valueOf(to))
                    .query((rs, n) -> rows.get(rs.getLong(1)).add(new Figures.Row(RecordKind.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7))))
                    .list();
        }
        java.util.Map<Long, Figures> figures = new java.util.HashMap<>();
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
        return jdbc.sql("""
                select area_id, kind, sum(records), sum(minutes)
                from stats_figure where area_id = any(?) and day between ? and ?
                group by area_id, kind
                """).params(areaIds.toArray(Long[]::new), Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new AreaPoint(rs.getLong(1), RecordKind.valueOf(rs.getString(2)), rs.getLong(3),
                        rs.getLong(4))).list();
    }

    /** Records and minutes of one kind (all kinds when null) per grid under the path prefix, for maps. */
    public List<AreaPoint> perGrid(String pathPrefix, RecordKind kind, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select f.area_id, max(f.kind), sum(f.records), sum(f.minutes)
                from stats_figure f
                where f.area_id in (select a.id from area a where a.path like :prefix || '%' and a.type = 'GRID')
                  and f.day between :from and :to and (cast(:kind as varchar) is null or f.kind = :kind)
                group by f.area_id
                """).param("prefix", pathPrefix).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("kind", kind == null ? null : kind.name())
                .query((rs, n) -> new AreaPoint(rs.getLong(1), RecordKind.valueOf(rs.getString(2)), rs.getLong(3),
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
}
