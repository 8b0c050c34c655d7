package org.gridwatch.shared.paging;

/**
 * How many rows a list holds, counted no further than a limit: either exactly {@code value}, or more than
 * {@code value} (the limit) when the count stopped there. Whatever a page shows from it is therefore true.
 */
public record BoundedCount(long value, boolean exact) {

    public BoundedCount {
        if (value < 0) {
            throw new IllegalArgumentException("A count is never negative: " + value);
        }
    }

    public static BoundedCount exactly(long value) {
        return new BoundedCount(value, true);
    }

    public static BoundedCount moreThan(long limit) {
        return new BoundedCount(limit, false);
    }

    /** The result of counting up to {@code limit + 1} rows: beyond the limit only "more than" is known. */
    public static BoundedCount of(long counted, long limit) {
        return counted > limit ? moreThan(limit) : exactly(counted);
    }

    /** Two lists' counts together: exact only when both are. */
    public BoundedCount plus(BoundedCount other) {
        return new BoundedCount(value + other.value, exact && other.exact);
    }

    public boolean isZero() {
        return exact && value == 0;
    }
}
