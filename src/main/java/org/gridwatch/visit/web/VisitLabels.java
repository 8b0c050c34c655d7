package org.gridwatch.visit.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridwatch.area.AreaChoice;
import org.gridwatch.fieldwork.FieldworkChoices;
import org.gridwatch.fieldwork.GridLabels;
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

    /**
     * Labels for one page of the list: looked up as the rows ask for them, since a page names a few of the
     * scope's (possibly ten thousand) grids and people.
     */
    Lookup forPage(SignedInUser user, Collection<VisitView> visits) {
        GridLabels grids = choices.gridLabels(user);
        return new Lookup(Map.of(), people.names(visits.stream().flatMap(v -> v.personIds().stream())
                .collect(Collectors.toSet())), grids);
    }

    /** Grid and person labels for the visits shown; call {@link #gridLabel} and {@link #peopleLabel}. */
    final class Lookup {

        private final Map<Long, String> grids;
        private final Map<Long, String> persons;
        private final GridLabels scopeGrids;

        Lookup(Map<Long, String> grids, Map<Long, String> persons) {
            this(grids, persons, null);
        }

        private Lookup(Map<Long, String> grids, Map<Long, String> persons, GridLabels scopeGrids) {
            this.grids = new HashMap<>(grids);
            this.persons = new HashMap<>(persons);
            this.scopeGrids = scopeGrids;
        }

        public String gridLabel(long gridId) {
            return grids.computeIfAbsent(gridId, id -> {
                String label = scopeGrids == null ? null : scopeGrids.get(id);
                return label != null ? label : choices.gridLabel(id);
            });
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
