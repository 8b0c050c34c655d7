package org.gridwatch.shared;

/**
 * Optional free text as the entities store it: blank is no value, otherwise trimmed. Two trims, because records
 * already stored depend on which one their module used: {@link String#strip} also removes the full-width space
 * (U+3000) typed with a Chinese input method, {@link String#trim} only ASCII spaces and control characters.
 */
public final class Text {

    private Text() {
    }

    /** Null when blank, else without leading and trailing white space of any kind. */
    public static String strippedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Null when blank, else without leading and trailing ASCII spaces and control characters. */
    public static String trimmedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
