package org.gridwatch.partybuilding.web;

/** One option of a picker ({@code fragments/choices}): a value and a ready-made label. */
public record Choice(long value, String label) {
}
