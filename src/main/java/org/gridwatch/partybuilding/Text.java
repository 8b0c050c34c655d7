package org.gridwatch.partybuilding;

/** Trimming of optional free text: blank is no value. */
final class Text {

    private Text() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
