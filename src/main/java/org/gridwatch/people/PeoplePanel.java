package org.gridwatch.people;

import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** The active people whose home area lies in an area's subtree, grouped by kind. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record PeoplePanel(long total, Map<PersonKind, List<PersonSummary>> byKind) {
}
