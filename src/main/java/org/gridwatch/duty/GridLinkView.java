package org.gridwatch.duty;

/** A grid's link channel as an edit form needs it. */
public record GridLinkView(long gridId, String channel, long version) {
}
