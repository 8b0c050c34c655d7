package org.gridwatch.fieldwork;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridwatch.area.AreaChoice;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.duty.DutyDirectory;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonKind;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * What every logging form and record list offers, always limited to the signed-in user's scope: the grids, the
 * people who may have done the work (the user's own person first), the user's default grid, the grid under a
 * phone's position, and the area path a list filter narrows to.
 */
@Service
@Transactional(readOnly = true)
public class FieldworkChoices {

    /** The kinds of people who do field work, in the order pickers list them. */
    private static final List<PersonKind> WORKERS = List.of(PersonKind.OFFICER, PersonKind.AUXILIARY,
            PersonKind.GRID_WORKER, PersonKind.VOLUNTEER, PersonKind.MEDIATOR);

    /** Above this many grids (or people) a list filter no longer offers each of them. */
    public static final int FILTER_CHOICES_LIMIT = AreaDirectory.FILTER_CHOICES_LIMIT;

    private final AreaDirectory areas;
    private final PersonDirectory people;
    private final DutyDirectory duty;
    private final Timelines timelines;
    private final ObjectProvider<CampaignCatalog> campaigns;

    FieldworkChoices(AreaDirectory areas, PersonDirectory people, DutyDirectory duty, Timelines timelines,
            ObjectProvider<CampaignCatalog> campaigns) {
        this.timelines = timelines;
        this.areas = areas;
        this.people = people;
        this.duty = duty;
        this.campaigns = campaigns;
    }

    /**
     * The origin written in {@code text} when it is well formed and its record lies within the user's scope;
     * otherwise empty, so a case can never be linked to (and mark as followed up) a record the user cannot see.
     */
    public Optional<Origin> visibleOrigin(String text, SignedInUser user) {
        if (text == null || text.length() > 40) {
            return Optional.empty();
        }
        return Origin.parse(text).filter(origin -> timelines.isVisible(origin, scope(user)));
    }

    public AreaScope scope(SignedInUser user) {
        return areas.scopeOf(user);
    }

    /** The live grids of the user's scope, labelled with their community. */
    public List<AreaChoice> grids(SignedInUser user) {
        return areas.gridChoices(scope(user));
    }

    /** Labels ("社区 › 网格") of the scope's grids, each looked up when first asked for. */
    public GridLabels gridLabels(SignedInUser user) {
        AreaScope scope = scope(user);
        return new GridLabels(id -> areas.gridLabel(id, scope).orElse(null));
    }

    /** Areas a list can be narrowed to (stations, communities, grids of the scope). */
    public List<AreaChoice> filterAreas(SignedInUser user) {
        return filterAreas(user, null);
    }

    /** {@link AreaDirectory#filterChoices} of the user's scope: no grids above {@link #FILTER_CHOICES_LIMIT}. */
    public List<AreaChoice> filterAreas(SignedInUser user, Long selected) {
        return areas.filterChoices(scope(user), selected);
    }

    /**
     * The people a list can be narrowed to: those of {@link #people} within the filter's area (the whole scope
     * without one). When that area holds more than {@link #FILTER_CHOICES_LIMIT} people only the user's own
     * person and the {@code selected} one are offered: choosing a smaller area first lists its people.
     */
    public List<PersonChoice> filterPeople(SignedInUser user, RecordFilter filter) {
        AreaScope within = new AreaScope(pathPrefix(filter, user));
        if (people.countActiveWithin(within, FILTER_CHOICES_LIMIT + 1) <= FILTER_CHOICES_LIMIT) {
            return people(within, me(user));
        }
        List<PersonChoice> choices = new ArrayList<>();
        me(user).flatMap(id -> people.find(id, within)).ifPresent(p -> choices.add(new PersonChoice(p.id(), label(p))));
        Long selected = filter.personId();
        if (selected != null && choices.stream().noneMatch(c -> c.value() == selected)) {
            people.find(selected, scope(user)).ifPresent(p -> choices.add(new PersonChoice(p.id(), label(p))));
        }
        return choices;
    }

    /** The person record linked to the user's account, if any. */
    public Optional<Long> me(SignedInUser user) {
        return people.ofAccount(user.accountId()).map(PersonSummary::id);
    }

    /** The grid a new record starts in: the first grid the user's person currently has duty in. */
    public Optional<Long> defaultGrid(SignedInUser user) {
        return me(user).flatMap(person -> duty.gridsOf(person, scope(user)).stream().findFirst())
                .map(grid -> grid.gridId());
    }

    /** Active officers, auxiliaries, grid workers, volunteers and mediators of the scope; the user's own first. */
    public List<PersonChoice> people(SignedInUser user) {
        return people(scope(user), me(user));
    }

    private List<PersonChoice> people(AreaScope scope, Optional<Long> me) {
        List<PersonChoice> choices = new ArrayList<>();
        for (PersonKind kind : WORKERS) {
            for (PersonSummary p : people.activeWithin(scope, kind)) {
                PersonChoice choice = new PersonChoice(p.id(), label(p));
                if (me.isPresent() && me.get() == p.id()) {
                    choices.add(0, choice);
                } else {
                    choices.add(choice);
                }
            }
        }
        return choices;
    }

    /** The ids among {@code personIds} that are not active people of the user's scope (to reject a form). */
    public List<Long> outsideScope(List<Long> personIds, SignedInUser user) {
        AreaScope scope = scope(user);
        return personIds.stream().filter(id -> people.find(id, scope).isEmpty()).toList();
    }

    /** Whether {@code gridId} is a grid inside the user's scope. */
    public boolean isGridInScope(Long gridId, SignedInUser user) {
        return gridId != null && areas.find(gridId, scope(user)).filter(a -> a.type() == AreaType.GRID).isPresent();
    }

    /** The grid of the scope whose boundary holds the point, if any. */
    public Optional<AreaSummary> gridAt(double lat, double lon, SignedInUser user) {
        return areas.gridAt(lat, lon, scope(user));
    }

    /**
     * The path prefix a list query uses: the filter's area when it lies in the scope, else the whole scope.
     * An area outside the scope is "not found".
     */
    public String pathPrefix(RecordFilter filter, SignedInUser user) {
        AreaScope scope = scope(user);
        if (filter.areaId() == null) {
            return scope.pathPrefix();
        }
        return areas.find(filter.areaId(), scope).map(AreaSummary::path)
                .orElseThrow(() -> new RecordNotFoundException("area", filter.areaId()));
    }

    /** A grid's label ("社区 · 网格") for detail pages. */
    public String gridLabel(long gridId) {
        return areas.label(gridId);
    }

    /**
     * The campaigns a record of the grid at the time may be tagged with (with no grid yet: those running then
     * in the scope), plus the one it already carries so that an edit never drops a tag unseen (if the user
     * can see it: an id from the request is never enough to show a campaign's name).
     */
    public List<CampaignOption> campaigns(SignedInUser user, Long gridId, LocalDateTime at, Long current) {
        CampaignCatalog catalog = campaigns.getIfAvailable();
        if (catalog == null || at == null) {
            return List.of();
        }
        String scopePrefix = scope(user).pathPrefix();
        List<CampaignOption> options = new ArrayList<>(catalog.open(scopePrefix,
                isGridInScope(gridId, user) ? gridId : null, at.toLocalDate()));
        if (current != null && options.stream().noneMatch(o -> o.value() == current)) {
            catalog.find(current, scopePrefix).ifPresent(options::add);
        }
        return options;
    }

    /**
     * Rejects (a field error on {@code field}) a campaign whose period does not hold the record's day or whose
     * areas do not hold its grid. Nothing to check without a campaign; a missing grid or time has its own error.
     */
    public void checkCampaign(Long campaignId, Long gridId, LocalDateTime at, Errors errors, String field) {
        if (campaignId == null || gridId == null || at == null || errors.hasFieldErrors(field)) {
            return;
        }
        CampaignCatalog catalog = campaigns.getIfAvailable();
        if (catalog == null || !catalog.accepts(campaignId, gridId, at.toLocalDate())) {
            errors.rejectValue(field, "campaign.tag.notOpen");
        }
    }

    private static String label(PersonSummary p) {
        return p.policeNumber() == null ? p.name() : p.name() + " · " + p.policeNumber();
    }
}
