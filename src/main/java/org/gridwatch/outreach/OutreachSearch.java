package org.gridwatch.outreach;

import org.gridwatch.fieldwork.RecordFilter;
import org.springframework.modulith.NamedInterface;

/**
 * A list query over one kind of outreach record: the filters every record list shares, the kind's own
 * category ({@code channel} of a consultation, {@code topic} of a publicity event; an unknown value means
 * none) and the sort ({@code newest}, {@code oldest}, {@code grid}, or the kind's own, e.g. {@code audience}).
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record OutreachSearch(RecordFilter filter, String category, String sort) {
}
