package org.gridwatch.tip;

/** A sealed identity in clear, as returned by a logged reveal: for that one response only, never stored elsewhere. */
public record RevealedSource(long tipId, String name, String contact) {
}
