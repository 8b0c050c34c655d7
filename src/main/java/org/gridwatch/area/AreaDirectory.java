package org.gridwatch.area;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the area tree and answers scope questions for every other module. */
@Service
@Transactional(readOnly = true)
public class AreaDirectory {

    private final AreaRepository areas;

    AreaDirectory(AreaRepository areas) {
        this.areas = areas;
    }

    /**
     * The subtree a user may see: their scope area and everything under it. An ADMIN without a scope
     * area (the first account) sees the whole tree; anyone else without one sees nothing.
     */
    public AreaScope scopeOf(SignedInUser user) {
        if (user.scopeAreaId() == null) {
            return user.has(Role.ADMIN) ? AreaScope.everything() : AreaScope.nothing();
        }
        return areas.findById(user.scopeAreaId()).map(a -> new AreaScope(a.getPath())).orElse(AreaScope.nothing());
    }

    /** One area, if it exists and lies within the scope. */
    public Optional<AreaSummary> find(long id, AreaScope scope) {
        return areas.findWithin(id, scope.pathPrefix()).map(Area::summary);
    }

    /** One area within the scope, or a 404 for the user. */
    public AreaSummary get(long id, AreaScope scope) {
        return find(id, scope).orElseThrow(() -> new RecordNotFoundException("Area", id));
    }

    /** One area regardless of scope, for labels of records already checked by their own module. */
    public Optional<AreaSummary> find(long id) {
        return areas.findById(id).map(Area::summary);
    }

    /** The area with this code, if it exists and lies within the scope (for imports that name areas by code). */
    public Optional<AreaSummary> findByCode(String code, AreaScope scope) {
        return areas.findByCodeWithin(code, scope.pathPrefix()).map(Area::summary);
    }

    /** Live (not retired) areas of one type within the scope, in tree order: the choices of a picker. */
    public List<AreaSummary> liveWithin(AreaScope scope, AreaType type) {
        return areas.findLiveWithin(scope.pathPrefix(), type).stream().map(Area::summary).toList();
    }

    /** The chain from the root down to the area itself, for breadcrumbs and labels like 经开分局 › 临河派出所. */
    public List<AreaSummary> ancestry(long id) {
        Area area = areas.findById(id).orElseThrow(() -> new RecordNotFoundException("Area", id));
        List<Long> ids = Arrays.stream(area.getPath().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
        return areas.findAllById(ids).stream()
                .sorted((a, b) -> Integer.compare(a.getPath().length(), b.getPath().length()))
                .map(Area::summary).toList();
    }
}
