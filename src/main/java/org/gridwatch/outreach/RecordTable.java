package org.gridwatch.outreach;

import java.util.List;

/**
 * Where each kind of outreach record lives, for the list queries all three share: its table, the table of its
 * people, and what a photo of it is filed under. Only these constants ever reach the SQL text.
 */
enum RecordTable {
    CONSULTATION("consultation", "consultation_person", "consultation_id", "consultation",
            " or r.answered_by_id = :person", List.of("newest", "oldest", "grid", "unanswered")),
    PUBLICITY("publicity_event", "publicity_event_person", "publicity_event_id", "publicity",
            "", List.of("newest", "oldest", "grid", "audience")),
    DRILL("drill", "drill_person", "drill_id", "drill",
            "", List.of("newest", "oldest", "grid"));

    final String table;
    final String peopleTable;
    final String peopleKey;
    final String photoType;
    /** Who else counts as having done the work when a list is filtered by person (a consultation's answerer). */
    final String alsoPerson;
    final List<String> sorts;

    RecordTable(String table, String peopleTable, String peopleKey, String photoType, String alsoPerson,
            List<String> sorts) {
        this.table = table;
        this.peopleTable = peopleTable;
        this.peopleKey = peopleKey;
        this.photoType = photoType;
        this.alsoPerson = alsoPerson;
        this.sorts = sorts;
    }

    /** The sort asked for if this kind offers it, else the newest first. */
    String sort(String asked) {
        return asked != null && sorts.contains(asked) ? asked : "newest";
    }

    String orderBy(String sort) {
        return switch (sort(sort)) {
            case "oldest" -> "r.occurred_at, r.id";
            case "grid" -> "(select a.name from area a where a.id = r.grid_id), r.occurred_at desc, r.id desc";
            case "audience" -> "r.audience_size desc, r.occurred_at desc, r.id desc";
            case "unanswered" -> "(r.answer is null) desc, r.occurred_at desc, r.id desc";
            default -> "r.occurred_at desc, r.id desc";
        };
    }
}
