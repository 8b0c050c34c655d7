package org.gridwatch.dispute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonSummary;
import org.springframework.stereotype.Component;

/**
 * Who may join a dispute's team: active people of the dispute's station (its mediators and lawyers usually belong to
 * the station, not to the community an officer's account covers) or of the actor's own scope.
 */
@Component
class DisputePeople {

    private final PersonDirectory people;
    private final AreaDirectory areas;

    DisputePeople(PersonDirectory people, AreaDirectory areas) {
        this.people = people;
        this.areas = areas;
    }

    Optional<PersonSummary> candidate(long personId, long gridId, AreaScope scope) {
        return people.find(personId, stationScope(gridId)).or(() -> people.find(personId, scope))
                .filter(PersonSummary::active);
    }

    /** The candidates by kind (as {@link org.gridwatch.people.PersonKind} orders them), then name. */
    List<PersonSummary> candidates(long gridId, AreaScope scope) {
        Map<Long, PersonSummary> all = new LinkedHashMap<>();
        people.activeWithin(stationScope(gridId), null).forEach(p -> all.put(p.id(), p));
        people.activeWithin(scope, null).forEach(p -> all.putIfAbsent(p.id(), p));
        List<PersonSummary> sorted = new ArrayList<>(all.values());
        sorted.sort(Comparator.comparing(PersonSummary::kind).thenComparing(PersonSummary::name));
        return sorted;
    }

    /** A team member with what the register says they are (the name as they joined). */
    TeamMemberView member(TeamSeat seat) {
        Optional<PersonSummary> person = people.find(seat.personId());
        return new TeamMemberView(seat.personId(), seat.name(), person.map(PersonSummary::kind).orElse(null),
                person.map(PersonSummary::mediatorKind).orElse(null), seat.responsible());
    }

    Optional<PersonSummary> find(long personId) {
        return people.find(personId);
    }

    private AreaScope stationScope(long gridId) {
        List<AreaSummary> ancestry = areas.ancestry(gridId);
        return ancestry.stream().filter(a -> a.type() == AreaType.STATION).findFirst()
                .map(station -> new AreaScope(station.path())).orElse(AreaScope.nothing());
    }
}
