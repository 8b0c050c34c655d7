package org.gridwatch.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Meeting and action item lists in SQL. "Overdue" is computed here from the :today passed in (the application
 * clock's day), so lists filter and sort by it; scope is the meeting's convening area or the item owner's home area.
 */
@Component
class MeetingQueries {

    /** A meeting under :prefix and under :within: convened there, or one of its items' owners lives there. */
    private static final String MEETING_VISIBLE = """
            (m.area_id in (select a.id from area a where a.path like :prefix || '%' and a.path like :within || '%')
             or exists (select 1 from action_item x
                        where x.meeting_id = m.id
                          and x.owner_area_id in (select a.id from area a
                                                  where a.path like :prefix || '%' and a.path like :within || '%')))
            """;

    /** An item under :prefix and under :within: its meeting was convened there or its owner lives there. */
    private static final String ITEM_VISIBLE = """
            (m.area_id in (select a.id from area a where a.path like :prefix || '%' and a.path like :within || '%')
             or i.owner_area_id in (select a.id from area a where a.path like :prefix || '%' and a.path like :within || '%'))
            """;

    private static final String ITEM_COLUMNS = """
            select i.id, i.meeting_id, m.title as meeting_title, m.kind as meeting_kind, m.held_on, i.text,
                   i.owner_person_id, i.owner_partner_unit_id, i.due_on, i.status,
                   (i.status = 'OPEN' and i.due_on < :today) as overdue,
                   i.closed_note, i.closed_at, i.closed_by, i.version
            from action_item i join joint_meeting m on m.id = i.meeting_id
            """;

    private static final String ITEM_FILTERS = """
              and (cast(:owner as bigint) is null or i.owner_person_id = cast(:owner as bigint))
              and (cast(:status as varchar) is null or i.status = cast(:status as varchar))
              and (not :overdueOnly or (i.status = 'OPEN' and i.due_on < :today))
            """;

    private final JdbcClient jdbc;

    MeetingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ItemLine(long id, long meetingId, String meetingTitle, MeetingKind meetingKind, LocalDate heldOn,
            String text, Long ownerPersonId, Long ownerPartnerUnitId, LocalDate dueOn, ActionStatus status,
            boolean overdue, String closedNote, java.time.Instant closedAt, Long closedBy, long version) {
    }

    record MeetingLine(long id, MeetingKind kind, String title, LocalDate heldOn, long areaId, long items, long open,
            long overdue) {
    }

    List<ItemLine> items(String prefix, String within, ActionItemFilter filter, LocalDate today, int limit,
            long offset) {
        String order = "meeting".equals(filter.sort())
                ? "order by m.held_on desc, m.id desc, i.id"
                : "order by case when i.status = 'OPEN' then 0 else 1 end, i.due_on, i.id";
        return jdbc.sql(ITEM_COLUMNS + "where " + ITEM_VISIBLE + ITEM_FILTERS + order + " limit :limit offset :offset")
                .param("prefix", prefix).param("within", within).param("today", today)
                .param("owner", filter.ownerPersonId())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("overdueOnly", filter.overdueOnly()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> item(rs)).list();
    }

    long countItems(String prefix, String within, ActionItemFilter filter, LocalDate today) {
        return jdbc.sql("select count(*) from action_item i join joint_meeting m on m.id = i.meeting_id where "
                + ITEM_VISIBLE + ITEM_FILTERS)
                .param("prefix", prefix).param("within", within).param("today", today)
                .param("owner", filter.ownerPersonId())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("overdueOnly", filter.overdueOnly())
                .query(Long.class).single();
    }

    /** All items of one meeting (already found within the scope), in the order they were added. */
    List<ItemLine> itemsOfMeeting(long meetingId, LocalDate today) {
        return jdbc.sql(ITEM_COLUMNS + "where i.meeting_id = :meetingId order by i.id")
                .param("meetingId", meetingId).param("today", today)
                .query((rs, n) -> item(rs)).list();
    }

    /** One item (already found within the scope). */
    ItemLine item(long id, LocalDate today) {
        return jdbc.sql(ITEM_COLUMNS + "where i.id = :id").param("id", id).param("today", today)
                .query((rs, n) -> item(rs)).single();
    }

    List<MeetingLine> meetings(String prefix, String within, LocalDate from, LocalDate to, MeetingKind kind,
            LocalDate today, int limit, long offset) {
        return jdbc.sql("""
                select m.id, m.kind, m.title, m.held_on, m.area_id,
                       (select count(*) from action_item i where i.meeting_id = m.id) as items,
                       (select count(*) from action_item i where i.meeting_id = m.id and i.status = 'OPEN') as open,
                       (select count(*) from action_item i
                        where i.meeting_id = m.id and i.status = 'OPEN' and i.due_on < :today) as overdue
                from joint_meeting m
                where """ + MEETING_VISIBLE + """
                  and m.held_on between :from and :to
                  and (cast(:kind as varchar) is null or m.kind = cast(:kind as varchar))
                order by m.held_on desc, m.id desc
                limit :limit offset :offset
                """)
                .param("prefix", prefix).param("within", within).param("from", from).param("to", to)
                .param("kind", kind == null ? null : kind.name()).param("today", today)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new MeetingLine(rs.getLong("id"), MeetingKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getObject("held_on", LocalDate.class), rs.getLong("area_id"),
                        rs.getLong("items"), rs.getLong("open"), rs.getLong("overdue")))
                .list();
    }

    long countMeetings(String prefix, String within, LocalDate from, LocalDate to, MeetingKind kind) {
        return jdbc.sql("select count(*) from joint_meeting m where " + MEETING_VISIBLE + """
                  and m.held_on between :from and :to
                  and (cast(:kind as varchar) is null or m.kind = cast(:kind as varchar))
                """)
                .param("prefix", prefix).param("within", within).param("from", from).param("to", to)
                .param("kind", kind == null ? null : kind.name())
                .query(Long.class).single();
    }

    private static ItemLine item(ResultSet rs) throws SQLException {
        OffsetDateTime closedAt = rs.getObject("closed_at", OffsetDateTime.class);
        return new ItemLine(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("meeting_title"),
                MeetingKind.valueOf(rs.getString("meeting_kind")), rs.getObject("held_on", LocalDate.class),
                rs.getString("text"), rs.getObject("owner_person_id", Long.class),
                rs.getObject("owner_partner_unit_id", Long.class), rs.getObject("due_on", LocalDate.class),
                ActionStatus.valueOf(rs.getString("status")), rs.getBoolean("overdue"), rs.getString("closed_note"),
                closedAt == null ? null : closedAt.toInstant(), rs.getObject("closed_by", Long.class),
                rs.getLong("version"));
    }
}
