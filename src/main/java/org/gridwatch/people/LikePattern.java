package org.gridwatch.people;

/** Turns search text into a "contains" LIKE pattern, escaping the user's own % and _. */
final class LikePattern {

    private LikePattern() {
    }

    static String contains(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String escaped = text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
