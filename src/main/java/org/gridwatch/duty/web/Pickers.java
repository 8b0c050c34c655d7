package org.gridwatch.duty.web;

import java.util.ArrayList;
import java.util.List;
import org.gridwatch.area.AreaChoice;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaType;
import org.gridwatch.duty.DutyRole;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonKind;
import org.gridwatch.people.PersonSummary;
import org.springframework.stereotype.Component;

/** The choices of the duty pickers, all read within the user's scope. */
@Component
class Pickers {

    private static final String INDENT = "\u3000";

    private final PersonDirectory people;
    private final AreaDirectory areas;

    Pickers(PersonDirectory people, AreaDirectory areas) {
        this.people = people;
        this.areas = areas;
    }

    /** People who may hold each duty role, one group per role (tagged with the role for the page script). */
    List<PickerGroup> peopleByRole(AreaScope scope) {
        List<PickerGroup> groups = new ArrayList<>();
        for (DutyRole role : DutyRole.values()) {
            List<PickerOption> options = new ArrayList<>();
            for (PersonKind kind : role.kinds()) {
                people.activeWithin(scope, kind).forEach(p -> options.add(option(p)));
            }
            options.sort((a, b) -> a.label().compareTo(b.label()));
            groups.add(new PickerGroup("duty.role." + role, true, role.name(), options));
        }
        return groups;
    }

    /** People who can hold duty, one group per kind (for the handover). */
    List<PickerGroup> peopleByKind(AreaScope scope) {
        List<PickerGroup> groups = new ArrayList<>();
        for (PersonKind kind : List.of(PersonKind.OFFICER, PersonKind.AUXILIARY, PersonKind.GRID_WORKER,
                PersonKind.VOLUNTEER)) {
            groups.add(new PickerGroup("duty.kind." + kind, true, kind.name(),
                    people.activeWithin(scope, kind).stream().map(Pickers::option).toList()));
        }
        return groups;
    }

    /** Stations in scope, each followed by its communities: the board's area filter. */
    List<PickerGroup> stationsAndCommunities(AreaScope scope) {
        // From the cached choices (stations unindented, their communities indented below them): loading the
        // area entities of a branch (hundreds, each with its boundary) cost more than the rest of the board.
        List<PickerGroup> groups = new ArrayList<>();
        List<PickerOption> options = new ArrayList<>();
        String station = null;
        for (AreaChoice choice : areas.choices(scope, AreaType.STATION, AreaType.COMMUNITY)) {
            if (!choice.label().startsWith(INDENT)) {
                if (station != null) {
                    groups.add(new PickerGroup(station, false, "", options));
                    options = new ArrayList<>();
                }
                station = choice.label();
            }
            options.add(new PickerOption(String.valueOf(choice.value()),
                    station == null ? choice.label().strip() : choice.label()));
        }
        if (station != null) {
            groups.add(new PickerGroup(station, false, "", options));
        } else if (!options.isEmpty()) {
            groups.add(new PickerGroup("duty.coverage.communities", true, "", options));
        }
        return groups;
    }

    private static PickerOption option(PersonSummary person) {
        String label = person.policeNumber() == null ? person.name() : person.name() + " · " + person.policeNumber();
        return new PickerOption(String.valueOf(person.id()), label);
    }
}
