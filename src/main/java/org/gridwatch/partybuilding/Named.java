package org.gridwatch.partybuilding;

/** Something shown by name with a link or a value: a person, a branch, a partner unit. */
public record Named(long id, String name) {
}
