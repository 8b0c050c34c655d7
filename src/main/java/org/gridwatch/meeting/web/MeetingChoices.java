package org.gridwatch.meeting.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gridwatch.area.AreaChoice;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaType;
import org.gridwatch.meeting.MeetingDirectory;
import org.gridwatch.meeting.Participant;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.place.PartnerDirectory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The pickers of the meeting forms and filters, always from the user's scope (plus what a record already holds). */
@Component
class MeetingChoices {

    private static final int MAX_UNITS = 500;

    private final AreaDirectory areas;
    private final PersonDirectory people;
    private final PartnerDirectory partners;
    private final MeetingDirectory meetings;

    MeetingChoices(AreaDirectory areas, PersonDirectory people, PartnerDirectory partners,
            MeetingDirectory meetings) {
        this.areas = areas;
        this.people = people;
        this.partners = partners;
        this.meetings = meetings;
    }

    /** The branch, stations and communities that may convene a meeting or a work team. */
    List<AreaChoice> conveningAreas(AreaScope scope) {
        return areas.choices(scope, AreaType.BRANCH, AreaType.STATION, AreaType.COMMUNITY);
    }

    List<Choice> teams(AreaScope scope) {
        return meetings.teamChoices(scope).stream().map(t -> new Choice(t.id(), t.name())).toList();
    }

    List<Choice> people(AreaScope scope, Collection<Participant> alreadyChosen) {
        List<Choice> choices = new ArrayList<>(people.activeWithin(scope, null).stream()
                .map(p -> new Choice(p.id(), label(p))).toList());
        Set<Long> offered = new LinkedHashSet<>();
        choices.forEach(c -> offered.add(c.value()));
        alreadyChosen.stream().filter(p -> !offered.contains(p.id()))
                .forEach(p -> choices.add(new Choice(p.id(), p.name())));
        return choices;
    }

    List<Choice> partnerUnits(AreaScope scope, Collection<Participant> alreadyChosen) {
        List<Choice> choices = new ArrayList<>(partners.search("", null, null, scope, PageRequest.of(0, MAX_UNITS))
                .getContent().stream().map(u -> new Choice(u.id(), u.name())).toList());
        Set<Long> offered = new LinkedHashSet<>();
        choices.forEach(c -> offered.add(c.value()));
        alreadyChosen.stream().filter(u -> !offered.contains(u.id()))
                .forEach(u -> choices.add(new Choice(u.id(), u.name())));
        return choices;
    }

    /** The owner picker: the scope's people, then its partner units. */
    List<OptionGroup> owners(AreaScope scope) {
        List<Option> persons = people.activeWithin(scope, null).stream()
                .map(p -> new Option(OwnerRef.person(p.id()), label(p))).toList();
        List<Option> units = partners.search("", null, null, scope, PageRequest.of(0, MAX_UNITS)).getContent()
                .stream().map(u -> new Option(OwnerRef.unit(u.id()), u.name())).toList();
        return List.of(new OptionGroup("meeting.owner.people", true, "person", persons),
                new OptionGroup("meeting.owner.units", true, "unit", units));
    }

    private static String label(PersonSummary p) {
        return p.post() == null ? p.name() : p.name() + " · " + p.post();
    }
}
