package org.gridwatch.shared.web;

/**
 * Lenient reading of list filters from the query string: a value that does not parse means "no
 * filter" rather than an error page, since filters are links people edit and share.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Long longOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A zero-based page number; anything unreadable or absurd is the first page. */
    public static int page(String value) {
        Long page = longOrNull(value);
        return page == null || page < 0 || page > 100_000 ? 0 : page.intValue();
    }

    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
