package org.gridwatch.fieldwork;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a case or tip came from: a record, optionally one numbered finding of it (a patrol's finding). Travels
 * in URLs and forms as text, e.g. {@code PATROL-12-3} (finding 3 of patrol 12) or {@code VISIT-40}.
 */
public record Origin(RecordKind kind, long recordId, Integer findingNo) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]+)-(\\d{1,18})(?:-(\\d{1,9}))?");

    /** Parses the text form; anything malformed or of an unknown kind is empty, never an error. */
    public static Optional<Origin> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            RecordKind kind = RecordKind.valueOf(m.group(1));
            Integer finding = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            return Optional.of(new Origin(kind, Long.parseLong(m.group(2)), finding));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String text() {
        return kind + "-" + recordId + (findingNo == null ? "" : "-" + findingNo);
    }

    /** The origin record's detail page. */
    public String path() {
        return kind.detailPath(recordId);
    }

    @Override
    public String toString() {
        return text();
    }
}
