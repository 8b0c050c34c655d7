package org.gridwatch.duty.web;

import java.util.List;

/** A group of choices in a picker ({@code <optgroup>}): a label (message key or text) and a tag for scripts. */
public record PickerGroup(String label, boolean labelIsKey, String tag, List<PickerOption> options) {
}
