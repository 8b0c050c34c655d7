package org.gridwatch.place;

import java.time.Clock;
import java.util.List;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaType;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes partner units and their patrol teams within the caller's scope. */
@Service
@Transactional
public class PartnerManagement {

    private final PartnerUnitRepository units;
    private final PatrolTeamRepository teams;
    private final AreaDirectory areas;
    private final Clock clock;

    PartnerManagement(PartnerUnitRepository units, PatrolTeamRepository teams, AreaDirectory areas, Clock clock) {
        this.units = units;
        this.teams = teams;
        this.areas = areas;
        this.clock = clock;
    }

    /**
     * Records a new partner unit. Throws {@link RejectedInput} when the home area is not a station
     * within the scope or a covered grid is not a live grid within it.
     */
    public PartnerView create(PartnerData data, AreaScope scope) {
        check(data, scope);
        return units.saveAndFlush(new PartnerUnit(data, clock.instant())).view(List.of());
    }

    /** Changes a unit within the scope; {@link StaleEditException} when {@code version} is not current. */
    public PartnerView change(long id, long version, PartnerData data, AreaScope scope) {
        PartnerUnit unit = load(id, scope);
        if (unit.getVersion() != version) {
            throw new StaleEditException("PartnerUnit", id);
        }
        check(data, scope);
        unit.change(data, clock.instant());
        return units.saveAndFlush(unit).view(List.of());
    }

    /** Adds a patrol team to a unit within the scope; members without a name are left out. */
    public TeamView addTeam(long partnerId, TeamData data, AreaScope scope) {
        load(partnerId, scope);
        return teams.saveAndFlush(new PatrolTeam(partnerId, data, clock.instant())).view();
    }

    /** Changes a team (lead, members); {@link StaleEditException} when {@code version} is not current. */
    public TeamView changeTeam(long partnerId, long teamId, long version, TeamData data, AreaScope scope) {
        load(partnerId, scope);
        PatrolTeam team = teams.findByIdAndPartnerUnitId(teamId, partnerId)
                .orElseThrow(() -> new RecordNotFoundException("PatrolTeam", teamId));
        if (team.getVersion() != version) {
            throw new StaleEditException("PatrolTeam", teamId);
        }
        team.change(data, clock.instant());
        return teams.saveAndFlush(team).view();
    }

    private PartnerUnit load(long id, AreaScope scope) {
        return units.findWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("PartnerUnit", id));
    }

    private void check(PartnerData data, AreaScope scope) {
        boolean station = areas.find(data.homeAreaId(), scope)
                .filter(a -> a.type() == AreaType.STATION && !a.retired()).isPresent();
        if (!station) {
            throw new RejectedInput("homeAreaId", "partner.homeArea.invalid");
        }
        for (long gridId : data.gridIds()) {
            boolean liveGrid = areas.find(gridId, scope)
                    .filter(a -> a.type() == AreaType.GRID && !a.retired()).isPresent();
            if (!liveGrid) {
                throw new RejectedInput("gridIds", "partner.grids.invalid");
            }
        }
    }
}
