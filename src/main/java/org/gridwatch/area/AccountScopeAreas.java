package org.gridwatch.area;

import java.util.List;
import org.gridwatch.identity.ScopeAreas;
import org.gridwatch.identity.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Offers the area tree to the account pages as possible scopes. */
@Component
@Transactional(readOnly = true)
class AccountScopeAreas implements ScopeAreas {

    private final AreaDirectory areas;

    AccountScopeAreas(AreaDirectory areas) {
        this.areas = areas;
    }

    @Override
    public List<ScopeArea> choicesFor(SignedInUser administrator) {
        return areas.choices(areas.scopeOf(administrator), AreaType.BUREAU, AreaType.BRANCH, AreaType.STATION,
                AreaType.COMMUNITY).stream().map(c -> new ScopeArea(c.value(), c.label())).toList();
    }

    @Override
    public boolean mayAssign(SignedInUser administrator, long areaId) {
        return areas.find(areaId, areas.scopeOf(administrator)).filter(a -> !a.retired()).isPresent();
    }

    @Override
    public String pathPrefixOf(SignedInUser administrator) {
        return areas.scopeOf(administrator).pathPrefix();
    }

    @Override
    public String label(Long areaId) {
        if (areaId == null || areas.find(areaId).isEmpty()) {
            return "";
        }
        return areas.ancestry(areaId).stream().filter(a -> a.type() != AreaType.BUREAU).map(AreaSummary::name)
                .reduce((a, b) -> a + " › " + b).orElseGet(() -> areas.find(areaId).map(AreaSummary::name).orElse(""));
    }
}
