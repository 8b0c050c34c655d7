package org.gridwatch.patrol;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaType;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FindingFollowedUp;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.photo.Photos;
import org.gridwatch.place.PartnerDirectory;
import org.gridwatch.place.PartnerView;
import org.gridwatch.place.TeamMemberEntry;
import org.gridwatch.place.TeamView;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Logs and changes patrols within the caller's scope, and remembers what their findings became. Every write
 * publishes {@link FieldRecordSaved} in its transaction.
 */
@Service
@Transactional
public class PatrolManagement {

    private static final Logger log = LoggerFactory.getLogger(PatrolManagement.class);

    private final PatrolRepository patrols;
    private final AreaDirectory areas;
    private final PersonDirectory people;
    private final PartnerDirectory partners;
    private final Photos photos;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager entityManager;

    PatrolManagement(PatrolRepository patrols, AreaDirectory areas, PersonDirectory people, PartnerDirectory partners,
            Photos photos, ApplicationEventPublisher events, Clock clock, EntityManager entityManager) {
        this.patrols = patrols;
        this.areas = areas;
        this.people = people;
        this.partners = partners;
        this.photos = photos;
        this.events = events;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * Logs a patrol with its photos. Throws {@link RejectedInput} when a grid is not a live grid of the
     * scope, a person is not of the scope, a partner team does not serve the scope (or a member is not of the
     * team), or a rule of the patrol itself is broken (see {@link Patrol}); a photo beyond the limits throws
     * {@link RejectedInput}. Nothing is kept then.
     */
    public PatrolView log(PatrolData data, List<MultipartFile> files, Recorder recorder, AreaScope scope) {
        List<JoinedTeam> teams = check(data, scope);
        Patrol patrol = patrols.saveAndFlush(new Patrol(data, teams, recorder, clock.instant()));
        attach(patrol.getId(), files, recorder.accountId());
        PatrolView view = saved(patrol);
        // Written and audited; nothing changes it again here. Detached so that logging many in one transaction
        // (demo data, imports) does not make every later flush check all of them again.
        entityManager.detach(patrol);
        return view;
    }

    /**
     * Changes a patrol within the scope (a 404 otherwise) and adds photos to it; {@link StaleEditException} when
     * {@code version} is not the current one, otherwise as {@link #log}.
     */
    public PatrolView change(long id, long version, PatrolData data, List<MultipartFile> files, Long accountId,
            AreaScope scope) {
        Patrol patrol = patrols.findWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("Patrol", id));
        if (patrol.getVersion() != version) {
            throw new StaleEditException("Patrol", id);
        }
        List<JoinedTeam> teams = check(data, scope);
        patrol.change(data, teams, clock.instant());
        patrols.saveAndFlush(patrol);
        attach(id, files, accountId);
        return saved(patrol);
    }

    /**
     * A hazard, dispute or tip was opened from a patrol's finding: the finding remembers it. Runs in the
     * transaction that opened it; an origin that is no finding of a patrol, or a finding that already became
     * something, is left alone.
     */
    @EventListener
    public void followedUp(FindingFollowedUp event) {
        if (event.origin().kind() != RecordKind.PATROL || event.origin().findingNo() == null) {
            return;
        }
        boolean recorded = patrols.findById(event.origin().recordId())
                .map(p -> p.followUp(event.origin().findingNo(), event.kind(), event.recordId()))
                .orElse(false);
        if (!recorded) {
            log.info("Follow-up {} {} of {} not recorded: no such finding, or it was followed up already",
                    event.kind(), event.recordId(), event.origin());
        }
    }

    private void attach(long patrolId, List<MultipartFile> files, Long accountId) {
        if (!Photos.chosen(files).isEmpty()) {
            photos.attach(PatrolDirectory.photoOwner(patrolId), files, accountId);
        }
    }

    private PatrolView saved(Patrol patrol) {
        events.publishEvent(event(patrol));
        return patrol.view();
    }

    /** The event a save publishes, also replayed when the figures are rebuilt. */
    static FieldRecordSaved event(Patrol patrol) {
        PatrolView view = patrol.view();
        return new FieldRecordSaved(RecordKind.PATROL, view.id(), view.gridIds(), null,
                view.startedAt(), view.endedAt(), view.kind().labelKey(), patrol.summary(), view.personIds(),
                view.campaignId(), view.latitude(), view.longitude());
    }

    /** The checks against the scope; returns the partner teams resolved, with their names of today. */
    private List<JoinedTeam> check(PatrolData data, AreaScope scope) {
        for (int i = 0; i < data.gridIds().size(); i++) {
            long gridId = data.gridIds().get(i);
            boolean liveGrid = areas.find(gridId, scope).filter(a -> a.type() == AreaType.GRID && !a.retired())
                    .isPresent();
            if (!liveGrid) {
                throw new RejectedInput(i == 0 ? "gridId" : "otherGridIds", "patrol.grid.invalid");
            }
        }
        for (long personId : data.personIds()) {
            if (people.find(personId, scope).isEmpty()) {
                throw new RejectedInput("personIds", "patrol.people.invalid");
            }
        }
        if (data.campaignId() != null && data.campaignId() <= 0) {
            throw new RejectedInput("campaignId", "Positive");
        }
        if (data.partnerTeamIds().isEmpty() && data.partnerMembers().isEmpty()) {
            return List.of();
        }
        Map<Long, JoinedTeam> serving = new LinkedHashMap<>();
        Map<Long, TeamView> teamViews = new LinkedHashMap<>();
        for (PartnerView unit : partners.serving(scope)) {
            for (TeamView team : unit.teams()) {
                serving.put(team.id(), new JoinedTeam(team.id(), unit.id(), unit.name(), team.name()));
                teamViews.put(team.id(), team);
            }
        }
        List<JoinedTeam> teams = new ArrayList<>();
        for (long teamId : data.partnerTeamIds().stream().distinct().toList()) {
            JoinedTeam team = serving.get(teamId);
            if (team == null) {
                throw new RejectedInput("partnerTeamIds", "patrol.partners.invalid");
            }
            teams.add(team);
        }
        for (PatrolData.PartnerMember member : data.partnerMembers()) {
            TeamView team = teamViews.get(member.teamId());
            boolean known = team != null && team.members().stream().map(TeamMemberEntry::name)
                    .anyMatch(name -> name.equals(member.name()));
            if (!known) {
                throw new RejectedInput("partnerTeamIds", "patrol.partners.invalid");
            }
        }
        return teams;
    }
}
