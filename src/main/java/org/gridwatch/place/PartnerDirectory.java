package org.gridwatch.place;

import java.util.List;
import java.util.Optional;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.audit.AuditHistory;
import org.gridwatch.audit.HistoryEntry;
import org.gridwatch.shared.database.LikePattern;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads partner units and their patrol teams; a unit is in scope when its home station is. */
@Service
@Transactional(readOnly = true)
public class PartnerDirectory {

    private final PartnerUnitRepository units;
    private final PatrolTeamRepository teams;
    private final AreaDirectory areas;
    private final AuditHistory audit;

    PartnerDirectory(PartnerUnitRepository units, PatrolTeamRepository teams, AreaDirectory areas,
            AuditHistory audit) {
        this.units = units;
        this.teams = teams;
        this.areas = areas;
        this.audit = audit;
    }

    /** One partner unit with its teams, if its home station lies within the scope. */
    public Optional<PartnerView> find(long id, AreaScope scope) {
        return units.findWithin(id, scope.pathPrefix()).map(this::view);
    }

    /** One partner unit within the scope, or a 404 for the user. */
    public PartnerView get(long id, AreaScope scope) {
        return find(id, scope).orElseThrow(() -> new RecordNotFoundException("PartnerUnit", id));
    }

    /** One patrol team of a unit within the scope, or a 404. */
    public TeamView team(long partnerId, long teamId, AreaScope scope) {
        get(partnerId, scope);
        return teams.findByIdAndPartnerUnitId(teamId, partnerId).map(PatrolTeam::view)
                .orElseThrow(() -> new RecordNotFoundException("PatrolTeam", teamId));
    }

    /**
     * A page of units by name: free text on the name, an optional kind and an optional area (units whose
     * station or a covered grid lies in its subtree; an area outside the scope is a 404). Teams are not loaded.
     */
    public Page<PartnerView> search(String text, PartnerKind kind, Long areaId, AreaScope scope, Pageable pageable) {
        String within = areaId == null ? scope.pathPrefix() : areas.get(areaId, scope).path();
        return units.search(scope.pathPrefix(), within, kind == null ? null : kind.name(),
                LikePattern.contains(text), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))
                .map(u -> u.view(List.of()));
    }

    /**
     * The units that serve the scope, with their teams, for joint patrols: units whose home station lies in the
     * scope and units covering one of its grids (a community officer patrols with the teams of their grids).
     */
    public List<PartnerView> serving(AreaScope scope) {
        return units.findServing(scope.pathPrefix()).stream().map(this::view).toList();
    }

    /** One unit regardless of scope (teams not loaded), for labels on records already checked by their own module. */
    public Optional<PartnerView> find(long id) {
        return units.findById(id).map(u -> u.view(List.of()));
    }

    /** The change history of a unit within the scope, newest first. */
    public List<HistoryEntry> history(long id, AreaScope scope) {
        get(id, scope);
        return audit.of(PartnerUnit.class, id);
    }

    private PartnerView view(PartnerUnit unit) {
        return unit.view(teams.findByPartnerUnitIdOrderByName(unit.getId()).stream().map(PatrolTeam::view).toList());
    }
}
