package org.gridwatch.dispute;

/** Plain-text trimming for stored lines. */
final class Text {

    private Text() {
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
