package org.gridwatch.people.web;

/** One option of an area picker: the id and a ready-made label. */
record AreaChoice(long value, String label) {
}
