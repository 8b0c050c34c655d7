package org.gridwatch.visit.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridwatch.area.AreaChoice;
import org.gridwatch.fieldwork.FieldworkChoices;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.visit.VisitView;
import org.springframework.stereotype.Component;

/**
 * Labels of the grids and people a page of visits names, looked up once per page: the scope's pickers first,
 * then (for retired grids and people who left) one look-up each.
 */
@Component
class VisitLabels {

    private final FieldworkChoices choices;
    private final PersonDirectory people;

    VisitLabels(FieldworkChoices choices, PersonDirectory people) {
        this.choices = choices;
        this.people = people;
    }

    Lookup forUser(SignedInUser user) {
        Map<Long, String> grids = choices.grids(user).stream()
                .collect(Collectors.toMap(AreaChoice::value, AreaChoice::label, (a, b) -> a));
        Map<Long, String> persons = new HashMap<>();
        for (PersonSummary person : people.activeWithin(choices.scope(user), null)) {
            persons.put(person.id(), person.name());
        }
        return new Lookup(grids, persons);
    }

    /** Grid and person labels for the visits shown; call {@link #gridLabel} and {@link #peopleLabel}. */
    final class Lookup {

        private final Map<Long, String> grids;
        private final Map<Long, String> persons;

        Lookup(Map<Long, String> grids, Map<Long, String> persons) {
            this.grids = new HashMap<>(grids);
            this.persons = new HashMap<>(persons);
        }

        public String gridLabel(long gridId) {
            return grids.computeIfAbsent(gridId, choices::gridLabel);
        }

        public String personLabel(long personId) {
            return persons.computeIfAbsent(personId,
                    id -> people.find(id).map(PersonSummary::name).orElse("#" + id));
        }

        public String peopleLabel(Collection<Long> personIds) {
            return personIds.stream().map(this::personLabel).collect(Collectors.joining("、"));
        }

        public List<String> peopleOf(VisitView visit) {
            return visit.personIds().stream().map(this::personLabel).toList();
        }
    }
}
