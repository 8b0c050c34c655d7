package org.gridwatch.dispute;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;

/**
 * The 18-character resident identity number (居民身份证号码, GB 11643): 6 digits of region, 8 of birth date, 3 of
 * sequence and a check character (0–9 or X) computed from the first 17 with the ISO 7064 MOD 11-2 weights.
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public final class ResidentIdNumber {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentIdNumber() {
    }

    /** The number in its stored form: trimmed, a lower-case x made upper-case. */
    public static String normalize(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether {@code value} (normalized) is a well-formed number: shape, a real birth date, the check character. */
    public static boolean isValid(String value) {
        String number = normalize(value);
        if (number == null || !SHAPE.matcher(number).matches()) {
            return false;
        }
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            if (born.getYear() < 1900) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return number.charAt(17) == CHECK.charAt(sum % 11);
    }

    /** The number with all but the first three and last four characters hidden, for lists; "—" when none. */
    public static String masked(String value) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        String number = value.strip();
        if (number.length() <= 7) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 3) + "*".repeat(number.length() - 7) + number.substring(number.length() - 4);
    }
}
