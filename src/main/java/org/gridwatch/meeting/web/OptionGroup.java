package org.gridwatch.meeting.web;

import java.util.List;

/** A group of choices ({@code <optgroup>}) for {@code fragments/fields :: groupedSelectField}. */
public record OptionGroup(String label, boolean labelIsKey, String tag, List<Option> options) {
}
