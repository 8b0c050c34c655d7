package org.gridwatch.dispute.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridwatch.fieldwork.PersonChoice;
import org.gridwatch.people.PersonSummary;

/** The team picker's options grouped by what people are: lawyers and community mediators first. */
final class TeamCandidates {

    private TeamCandidates() {
    }

    /** One {@code <optgroup>}: a message key as label, the people of that kind. */
    record Group(String label, boolean labelIsKey, String tag, List<PersonChoice> options) {
    }

    static List<Group> groups(List<PersonSummary> people) {
        Map<String, List<PersonChoice>> byKind = new LinkedHashMap<>();
        byKind.put("LAWYER", new ArrayList<>());
        byKind.put("COMMUNITY_WORKER", new ArrayList<>());
        for (PersonSummary p : people) {
            String kind = p.mediatorKind() != null ? p.mediatorKind().name() : p.kind().name();
            String label = p.policeNumber() == null ? p.name() : p.name() + " · " + p.policeNumber();
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new PersonChoice(p.id(), label));
        }
        List<Group> groups = new ArrayList<>();
        byKind.forEach((kind, options) -> {
            if (!options.isEmpty()) {
                groups.add(new Group("dispute.member." + kind, true, kind, options));
            }
        });
        return groups;
    }
}
