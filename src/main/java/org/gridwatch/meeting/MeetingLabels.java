package org.gridwatch.meeting;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.place.PartnerDirectory;
import org.gridwatch.place.PartnerView;
import org.springframework.stereotype.Component;

/**
 * Names of the people, partner units, areas and accounts a record refers to; only for labels of records already
 * found within the user's scope (a branch-level meeting may name people of several stations).
 */
@Component
class MeetingLabels {

    private final PersonDirectory people;
    private final PartnerDirectory partners;
    private final AreaDirectory areas;
    private final AccountManagement accounts;

    MeetingLabels(PersonDirectory people, PartnerDirectory partners, AreaDirectory areas, AccountManagement accounts) {
        this.people = people;
        this.partners = partners;
        this.areas = areas;
        this.accounts = accounts;
    }

    String person(long id) {
        return people.find(id).map(PersonSummary::name).orElse("#" + id);
    }

    String partnerUnit(long id) {
        return partners.find(id).map(PartnerView::name).orElse("#" + id);
    }

    String owner(Long personId, Long partnerUnitId) {
        return personId != null ? person(personId) : partnerUnit(partnerUnitId);
    }

    String area(long id) {
        return areas.label(id);
    }

    String account(Long id) {
        if (id == null) {
            return null;
        }
        try {
            return accounts.get(id).displayName();
        } catch (RuntimeException e) {
            return "#" + id;
        }
    }

    List<Participant> persons(Collection<Long> ids) {
        return ids.stream().map(id -> new Participant(id, person(id))).sorted(BY_NAME).toList();
    }

    List<Participant> partnerUnits(Collection<Long> ids) {
        return ids.stream().map(id -> new Participant(id, partnerUnit(id))).sorted(BY_NAME).toList();
    }

    private static final Comparator<Participant> BY_NAME = Comparator.comparing(Participant::name)
            .thenComparing(Participant::id);
}
