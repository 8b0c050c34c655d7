package org.gridwatch.people;

import java.util.List;
import java.util.Map;

/** The active people whose home area lies in an area's subtree, grouped by kind. */
public record PeoplePanel(long total, Map<PersonKind, List<PersonSummary>> byKind) {
}
