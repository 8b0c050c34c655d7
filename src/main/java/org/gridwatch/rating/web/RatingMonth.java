package org.gridwatch.rating.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** A month as the ratings pages take it: {@code YYYY-MM} from 2000 up to a year ahead; anything else is unreadable. */
final class RatingMonth {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");

    private RatingMonth() {
    }

    static Optional<YearMonth> parse(String value, YearMonth current) {
        if (value == null || !FORMAT.matcher(value.trim()).matches()) {
            return Optional.empty();
        }
        try {
            YearMonth month = YearMonth.parse(value.trim());
            boolean sensible = month.getYear() >= 2000 && !month.isAfter(current.plusYears(1));
            return sensible ? Optional.of(month) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
