package org.gridwatch.shared.database;

/** Turns search text into a "contains" LIKE pattern, escaping the user's own % and _. */
public final class LikePattern {

    private LikePattern() {
    }

    /** Empty for no search text: callers skip the condition then. */
    public static String contains(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String escaped = text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
