package org.gridwatch.duty.web;

/** One choice of a picker: the submitted value and the text shown. */
public record PickerOption(String value, String label) {
}
