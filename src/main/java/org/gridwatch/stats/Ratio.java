package org.gridwatch.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share with its parts, so a page can show "12 / 40" beside "30.0%" and "—" when there is nothing to divide by
 * (never a division by zero).
 */
public record Ratio(long numerator, long denominator) {

    /** Shown instead of a share whose denominator is 0. */
    public static final String NONE = "—";

    public Ratio {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("0 <= numerator <= denominator");
        }
    }

    /** Whether there is anything to divide by. */
    public boolean defined() {
        return denominator > 0;
    }

    /** The share in per cent, one decimal (rounded half up), or null when undefined. */
    public BigDecimal percent() {
        if (!defined()) {
            return null;
        }
        return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /** "87.5%", or "—" when undefined. */
    public String text() {
        return defined() ? percent().toPlainString() + "%" : NONE;
    }
}
