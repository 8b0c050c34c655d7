package org.gridwatch.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.identity.AccountHolders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names the person, police number and station of accounts on the account pages. */
@Component
@Transactional(readOnly = true)
class PersonAccountHolders implements AccountHolders {

    private final PersonRepository people;
    private final AreaDirectory areas;

    PersonAccountHolders(PersonRepository people, AreaDirectory areas) {
        this.people = people;
        this.areas = areas;
    }

    @Override
    public Map<Long, Holder> of(Collection<Long> accountIds) {
        Map<Long, Holder> holders = new HashMap<>();
        if (accountIds.isEmpty()) {
            return holders;
        }
        Map<Long, String> stations = new HashMap<>();
        for (Person person : people.findByAccountIdIn(accountIds)) {
            PersonSummary p = person.summary();
            String station = stations.computeIfAbsent(p.homeAreaId(), this::stationName);
            holders.put(p.accountId(), new Holder(p.id(), p.name(), p.policeNumber(), station));
        }
        return holders;
    }

    /** The station of a home area (itself when it is one); the area's own name above the stations. */
    private String stationName(long areaId) {
        List<AreaSummary> chain = areas.ancestry(areaId);
        return chain.stream().filter(a -> a.type() == AreaType.STATION).map(AreaSummary::name).findFirst()
                .orElse(chain.isEmpty() ? "" : chain.get(chain.size() - 1).name());
    }
}
