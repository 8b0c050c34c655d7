package org.gridwatch.meeting.web;

/** One choice of a picker: the submitted value and the text shown. */
public record Option(String value, String label) {
}
