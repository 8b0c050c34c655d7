package org.gridwatch.area;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.NotAllowedException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Changes the area tree: add, edit, move and retire. Each call is one transaction and checks the
 * tree's rules (type under its parent type, unique code, valid boundary), reporting a broken rule as
 * an {@link RejectedInput} for the form field concerned. Callers check the user's role and scope
 * first (through {@link AreaDirectory}).
 */
@Service
@Transactional
public class AreaManagement {

    private static final String CODE_INDEX = "area_code_key";

    private final AreaRepository areas;
    private final EntityManager entityManager;
    private final Clock clock;
    private final AreaTreeStamp treeStamp;

    AreaManagement(AreaRepository areas, EntityManager entityManager, Clock clock, AreaTreeStamp treeStamp) {
        this.areas = areas;
        this.entityManager = entityManager;
        this.clock = clock;
        this.treeStamp = treeStamp;
    }

    /** Adds an area under its parent; its type must be the one directly below the parent's type. */
    public AreaSummary create(NewArea request) {
        treeStamp.changed();
        Area parent = request.parentId() == null ? null : areas.findById(request.parentId())
                .orElseThrow(() -> new RejectedInput("parentId", "area.parent.unknown"));
        if (request.type() == null || request.type().parentType() != (parent == null ? null : parent.getType())) {
            throw new RejectedInput("type", "area.type.notUnderParent");
        }
        String code = request.code().trim();
        requireFreeCode(code, null);
        Geometry boundary = checkedBoundary(request.boundary());
        Instant now = clock.instant();
        Area area = new Area(areas.nextId(), code, request.name().trim(), request.type(), parent, now);
        area.describe(code, request.name().trim(), request.communityKind(), request.population(),
                request.households(), stored(boundary), box(boundary), now);
        entityManager.persist(area);
        flushCatchingTakenCode();
        return area.summary();
    }

    /** Changes name, code, community kind, figures and boundary; refuses an edit of an older version. */
    public AreaSummary change(long id, AreaChanges changes) {
        treeStamp.changed();
        Area area = load(id);
        requireVersion(area, changes.version());
        String code = changes.code().trim();
        requireFreeCode(code, id);
        Geometry boundary = checkedBoundary(changes.boundary());
        area.describe(code, changes.name().trim(), changes.communityKind(), changes.population(),
                changes.households(), stored(boundary), box(boundary), clock.instant());
        flushCatchingTakenCode();
        return area.summary();
    }

    /**
     * Hangs an area and its whole subtree under another parent of the right type. The descendants'
     * paths are rewritten by one SQL update in the same transaction.
     */
    public AreaSummary move(long id, long newParentId, long version) {
        treeStamp.changed();
        Area area = load(id);
        requireVersion(area, version);
        Area parent = areas.findById(newParentId)
                .orElseThrow(() -> new RejectedInput("parentId", "area.parent.unknown"));
        if (parent.getPath().startsWith(area.getPath())) {
            throw new RejectedInput("parentId", "area.move.intoOwnSubtree");
        }
        if (parent.getType() != area.getType().parentType()) {
            throw new RejectedInput("parentId", "area.type.notUnderParent");
        }
        String oldPath = area.getPath();
        area.moveUnder(parent, clock.instant());
        areas.rewriteSubtreePaths(oldPath, area.getPath(), id);
        return area.summary();
    }

    /**
     * Retires a grid (split, merge, redraw) in favour of one or more live successor grids. The grid
     * keeps its records and history but no longer appears in pickers.
     */
    public AreaSummary retire(long gridId, Collection<Long> successorIds, String note, long version) {
        treeStamp.changed();
        Area grid = load(gridId);
        if (grid.getType() != AreaType.GRID || grid.isRetired()) {
            throw new NotAllowedException("Only a live grid can be retired: area " + gridId);
        }
        requireVersion(grid, version);
        Set<Long> successors = new LinkedHashSet<>(successorIds == null ? List.of() : successorIds);
        if (successors.isEmpty()) {
            throw new RejectedInput("successorIds", "area.retire.successorsRequired");
        }
        for (Long successorId : successors) {
            Area successor = areas.findById(successorId).orElse(null);
            if (successor == null || successorId == gridId || successor.getType() != AreaType.GRID
                    || successor.isRetired()) {
                throw new RejectedInput("successorIds", "area.retire.successorNotLiveGrid");
            }
        }
        grid.retire(successors, StringUtils.hasText(note) ? note.trim() : null, clock.instant());
        return grid.summary();
    }

    private Area load(long id) {
        return areas.findById(id).orElseThrow(() -> new RecordNotFoundException("Area", id));
    }

    private static void requireVersion(Area area, long version) {
        if (area.getVersion() != version) {
            throw new StaleEditException("Area", area.getId());
        }
    }

    private void requireFreeCode(String code, Long ownId) {
        areas.findByCode(code).filter(other -> !other.getId().equals(ownId)).ifPresent(other -> {
            throw new RejectedInput("code", "area.code.taken");
        });
    }

    /** Two requests may pass the code check at once; the unique index then refuses the second. */
    private void flushCatchingTakenCode() {
        try {
            areas.flush();
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains(CODE_INDEX)) {
                throw new RejectedInput("code", "area.code.taken");
            }
            throw e;
        }
    }

    private static Geometry checkedBoundary(String text) {
        if (!StringUtils.hasText(text)) {
            return null;
        }
        try {
            return BoundaryGeoJson.parse(text.trim());
        } catch (InvalidBoundaryException e) {
            throw new RejectedInput("boundary", e.messageKey());
        }
    }

    private static String stored(Geometry boundary) {
        return boundary == null ? null : BoundaryGeoJson.write(boundary);
    }

    private static Envelope box(Geometry boundary) {
        return boundary == null ? null : boundary.getEnvelopeInternal();
    }
}
