package org.gridwatch.partybuilding.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridwatch.area.AreaChoice;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaType;
import org.gridwatch.partybuilding.Named;
import org.gridwatch.partybuilding.PartyBuildingDirectory;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonKind;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.place.PartnerDirectory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The pickers of the party-building forms and filters, always from the user's scope. */
@Component
class PartyChoices {

    private static final int MAX_UNITS = 500;

    private final AreaDirectory areas;
    private final PersonDirectory people;
    private final PartnerDirectory partners;
    private final PartyBuildingDirectory party;

    PartyChoices(AreaDirectory areas, PersonDirectory people, PartnerDirectory partners,
            PartyBuildingDirectory party) {
        this.areas = areas;
        this.people = people;
        this.partners = partners;
        this.party = party;
    }

    /** Stations and communities a branch may belong to. */
    List<AreaChoice> homeAreas(AreaScope scope) {
        return areas.choices(scope, AreaType.STATION, AreaType.COMMUNITY);
    }

    /** Areas a list can be narrowed to. */
    List<AreaChoice> filterAreas(AreaScope scope) {
        return areas.choices(scope, AreaType.BRANCH, AreaType.STATION, AreaType.COMMUNITY);
    }

    List<AreaChoice> grids(AreaScope scope) {
        return areas.gridChoices(scope);
    }

    List<Choice> partnerUnits(AreaScope scope) {
        return partners.search("", null, null, scope, PageRequest.of(0, MAX_UNITS)).getContent().stream()
                .map(u -> new Choice(u.id(), u.name())).toList();
    }

    List<Choice> branches(AreaScope scope) {
        return party.branchChoices(scope).stream().map(b -> new Choice(b.id(), b.name())).toList();
    }

    /** The scope's branches plus those already chosen (a joint record may include another station's branch). */
    List<Choice> branches(AreaScope scope, Collection<Named> alreadyChosen) {
        List<Choice> choices = new ArrayList<>(branches(scope));
        Set<Long> offered = new LinkedHashSet<>();
        choices.forEach(c -> offered.add(c.value()));
        alreadyChosen.stream().filter(b -> !offered.contains(b.id())).forEach(b -> choices.add(new Choice(b.id(), b.name())));
        return choices;
    }

    List<Choice> agreements(AreaScope scope) {
        return party.agreementChoices(scope).stream().map(a -> new Choice(a.id(), a.name())).toList();
    }

    /**
     * Active people of the scope (plus those already chosen), labelled with their post and, for party members,
     * their branch — so a user sees who already belongs to a branch.
     */
    List<Choice> people(AreaScope scope, Collection<Named> alreadyChosen) {
        List<PersonSummary> all = new ArrayList<>(people.activeWithin(scope, null));
        Set<Long> offered = new LinkedHashSet<>();
        all.forEach(p -> offered.add(p.id()));
        for (Named chosen : alreadyChosen) {
            if (!offered.contains(chosen.id())) {
                people.find(chosen.id()).ifPresent(all::add);
            }
        }
        return label(all);
    }

    /** Officers and auxiliaries of the scope: who may hold a pioneer post (if they are party members). */
    List<Choice> pioneerCandidates(AreaScope scope) {
        List<PersonSummary> all = new ArrayList<>(people.activeWithin(scope, PersonKind.OFFICER));
        all.addAll(people.activeWithin(scope, PersonKind.AUXILIARY));
        return label(all);
    }

    private List<Choice> label(List<PersonSummary> persons) {
        Map<Long, Named> branches = party.memberships(persons.stream().map(PersonSummary::id).toList());
        return persons.stream().map(p -> {
            StringBuilder label = new StringBuilder(p.name());
            if (p.post() != null) {
                label.append(" · ").append(p.post());
            }
            Named branch = branches.get(p.id());
            if (branch != null) {
                label.append("（").append(branch.name()).append("）");
            }
            return new Choice(p.id(), label.toString());
        }).toList();
    }
}
