package org.gridwatch.fieldwork;

/** The kinds of field record and case, each with the path of its pages (detail at {@code path/{id}}). */
public enum RecordKind {
    PATROL("/patrols"),
    VISIT("/visits"),
    CONSULTATION("/consultations"),
    PUBLICITY("/publicity"),
    DRILL("/drills"),
    TIP("/tips"),
    DISPUTE("/disputes"),
    HAZARD("/hazards");

    private final String path;

    RecordKind(String path) {
        this.path = path;
    }

    /** The list page, e.g. {@code /visits}; the create form is {@code path() + "/new"}. */
    public String path() {
        return path;
    }

    public String detailPath(long id) {
        return path + "/" + id;
    }

    /** Message key of the kind's name, e.g. {@code fieldwork.kind.VISIT}. */
    public String labelKey() {
        return "fieldwork.kind." + name();
    }
}
