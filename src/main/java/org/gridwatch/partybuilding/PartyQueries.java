package org.gridwatch.partybuilding;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The branch list with its counts and the activity counts of an area, each in one query. */
@Component
class PartyQueries {

    /** Branches whose scope area lies under :within (and the scope :prefix). */
    private static final String BRANCHES_WITHIN = """
            from party_branch b
            where b.scope_area_id in (select a.id from area a where a.path like :prefix || '%' and a.path like :within || '%')
            """;

    private final JdbcClient jdbc;

    PartyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record BranchLine(long id, String name, Long areaId, Long partnerUnitId, Long secretaryPersonId, long members,
            long activeAgreements, long activities) {
    }

    List<BranchLine> branches(String prefix, String within, LocalDate from, LocalDate to, LocalDate today, int limit,
            long offset) {
        return jdbc.sql("""
                select b.id, b.name, b.area_id, b.partner_unit_id, b.secretary_person_id,
                       (select count(*) from party_branch_member m where m.branch_id = b.id) as members,
                       (select count(*) from party_agreement_branch gb join party_agreement g on g.id = gb.agreement_id
                        where gb.branch_id = b.id and g.status = 'ACTIVE' and g.valid_to >= :today) as active_agreements,
                       (select count(*) from party_activity_branch ab join party_activity pa on pa.id = ab.activity_id
                        where ab.branch_id = b.id and pa.held_on between :from and :to) as activities
                """ + BRANCHES_WITHIN + """
                order by b.name, b.id
                limit :limit offset :offset
                """)
                .param("prefix", prefix).param("within", within).param("from", from).param("to", to)
                .param("today", today).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new BranchLine(rs.getLong("id"), rs.getString("name"),
                        (Long) rs.getObject("area_id", Long.class), (Long) rs.getObject("partner_unit_id", Long.class),
                        (Long) rs.getObject("secretary_person_id", Long.class), rs.getLong("members"),
                        rs.getLong("active_agreements"), rs.getLong("activities")))
                .list();
    }

    long countBranches(String prefix, String within) {
        return jdbc.sql("select count(*) " + BRANCHES_WITHIN).param("prefix", prefix).param("within", within)
                .query(Long.class).single();
    }

    /** Activities held in the period organised by at least one branch under :within, each counted once. */
    ActivityCounts activityCounts(String prefix, String within, LocalDate from, LocalDate to) {
        Map<ActivityKind, Long> byKind = new EnumMap<>(ActivityKind.class);
        long[] totals = new long[2];
        jdbc.sql("""
                select pa.kind, count(*) as activities, coalesce(sum(pa.participant_count), 0) as participants
                from party_activity pa
                where pa.held_on between :from and :to
                  and exists (select 1 from party_activity_branch ab join party_branch b on b.id = ab.branch_id
                              where ab.activity_id = pa.id
                                and b.scope_area_id in (select a.id from area a
                                                        where a.path like :prefix || '%' and a.path like :within || '%'))
                group by pa.kind
                """).param("prefix", prefix).param("within", within).param("from", from).param("to", to)
                .query((rs, n) -> {
                    long count = rs.getLong("activities");
                    byKind.put(ActivityKind.valueOf(rs.getString("kind")), count);
                    totals[0] += count;
                    totals[1] += rs.getLong("participants");
                    return count;
                }).list();
        return new ActivityCounts(totals[0], byKind, totals[1]);
    }
}
