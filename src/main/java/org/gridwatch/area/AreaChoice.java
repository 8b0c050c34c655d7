package org.gridwatch.area;

/** One area offered in a picker ({@code fragments/choices}): its id and a ready-made label. */
public record AreaChoice(long value, String label) {
}
