package org.gridwatch.duty.web;

import java.util.ArrayList;
import java.util.List;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.duty.DutyRole;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonKind;
import org.gridwatch.people.PersonSummary;
import org.springframework.stereotype.Component;

/** The choices of the duty pickers, all read within the user's scope. */
@Component
class Pickers {

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
        List<AreaSummary> communities = areas.liveWithin(scope, AreaType.COMMUNITY);
        List<PickerGroup> groups = new ArrayList<>();
        for (AreaSummary station : areas.liveWithin(scope, AreaType.STATION)) {
            List<PickerOption> options = new ArrayList<>();
            options.add(new PickerOption(String.valueOf(station.id()), station.name()));
            communities.stream().filter(c -> c.path().startsWith(station.path()))
                    .forEach(c -> options.add(new PickerOption(String.valueOf(c.id()), "　" + c.name())));
            groups.add(new PickerGroup(station.name(), false, "", options));
        }
        if (groups.isEmpty() && !communities.isEmpty()) {
            groups.add(new PickerGroup("duty.coverage.communities", true, "", communities.stream()
                    .map(c -> new PickerOption(String.valueOf(c.id()), c.name())).toList()));
        }
        return groups;
    }

    private static PickerOption option(PersonSummary person) {
        String label = person.policeNumber() == null ? person.name() : person.name() + " · " + person.policeNumber();
        return new PickerOption(String.valueOf(person.id()), label);
    }
}
