package org.gridwatch.partybuilding;

import java.util.Collection;
import java.util.List;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.place.PartnerDirectory;
import org.gridwatch.place.PartnerView;
import org.springframework.stereotype.Component;

/**
 * Names of the people, partner units and areas a record refers to. Only for labels of records already found
 * within the user's scope: a joint record may name a partner branch's unit that lies outside it.
 */
@Component
class PartyLabels {

    private final PersonDirectory people;
    private final PartnerDirectory partners;
    private final AreaDirectory areas;

    PartyLabels(PersonDirectory people, PartnerDirectory partners, AreaDirectory areas) {
        this.people = people;
        this.partners = partners;
        this.areas = areas;
    }

    String person(Long id) {
        return id == null ? null : people.find(id).map(PersonSummary::name).orElse("#" + id);
    }

    Named personNamed(Long id) {
        return id == null ? null : new Named(id, person(id));
    }

    List<Named> persons(Collection<Long> ids) {
        return ids.stream().map(this::personNamed)
                .sorted(java.util.Comparator.comparing(Named::name).thenComparing(Named::id)).toList();
    }

    String partnerUnit(long id) {
        return partners.find(id, AreaScope.everything()).map(PartnerView::name).orElse("#" + id);
    }

    String area(long id) {
        return areas.label(id);
    }

    /** A branch's home: 派出所 › 社区, or the partner unit's name. */
    String home(Long areaId, Long partnerUnitId) {
        return areaId != null ? area(areaId) : partnerUnit(partnerUnitId);
    }
}
