package org.gridwatch.outreach.web;

/** One option of a picker: an id and a ready-made label (a place, a partner unit, a person). */
record Choice(long value, String label) {
}
