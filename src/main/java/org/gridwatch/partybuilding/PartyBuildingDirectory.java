package org.gridwatch.partybuilding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.audit.AuditHistory;
import org.gridwatch.audit.HistoryEntry;
import org.gridwatch.photo.PhotoOwner;
import org.gridwatch.photo.PhotoView;
import org.gridwatch.photo.Photos;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads party branches, agreements, activities and pioneer posts; the scope is applied in every query (a branch by
 * its area or its partner unit's home station, an agreement or activity by any of its branches, a pioneer post by
 * its grid). A record outside the scope is a 404.
 */
@Service
@Transactional(readOnly = true)
public class PartyBuildingDirectory {

    private final PartyBranchRepository branches;
    private final JointAgreementRepository agreements;
    private final PartyActivityRepository activities;
    private final PioneerPostRepository pioneers;
    private final PartyQueries queries;
    private final PartyLabels labels;
    private final AreaDirectory areas;
    private final AuditHistory audit;
    private final Photos photos;
    private final PartyCalendar calendar;

    PartyBuildingDirectory(PartyBranchRepository branches, JointAgreementRepository agreements,
            PartyActivityRepository activities, PioneerPostRepository pioneers, PartyQueries queries, PartyLabels labels,
            AreaDirectory areas, AuditHistory audit, Photos photos, PartyCalendar calendar) {
        this.branches = branches;
        this.agreements = agreements;
        this.activities = activities;
        this.pioneers = pioneers;
        this.queries = queries;
        this.labels = labels;
        this.areas = areas;
        this.audit = audit;
        this.photos = photos;
        this.calendar = calendar;
    }

    /** Today in the branch's time zone: the day agreement statuses and pioneer posts are read for. */
    public LocalDate today() {
        return calendar.today();
    }

    // ---- branches

    /** One branch within the scope, with its members; a 404 otherwise. */
    public BranchView branch(long id, AreaScope scope) {
        return view(branches.findWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("PartyBranch", id)));
    }

    /**
     * A page of branches by name whose area (or partner unit's home station) lies in {@code areaId}'s subtree
     * (the whole scope when null; an area outside the scope is a 404), each with its member count, agreements in
     * force today and activities organised between {@code from} and {@code to} (inclusive).
     */
    public Page<BranchRow> branches(Long areaId, LocalDate from, LocalDate to, AreaScope scope, Pageable pageable) {
        String within = within(areaId, scope);
        long total = queries.countBranches(scope.pathPrefix(), within);
        List<BranchRow> rows = queries.branches(scope.pathPrefix(), within, from, to, today(),
                pageable.getPageSize(), pageable.getOffset()).stream()
                .map(line -> new BranchRow(line.id(), line.name(), labels.home(line.areaId(), line.partnerUnitId()),
                        labels.person(line.secretaryPersonId()), line.members(), line.activeAgreements(),
                        line.activities()))
                .toList();
        return new PageImpl<>(rows, pageable, total);
    }

    /** The branches of the scope by name (for pickers), labelled with where they belong. */
    public List<Named> branchChoices(AreaScope scope) {
        return branches.findAllWithin(scope.pathPrefix()).stream()
                .map(b -> new Named(b.getId(), b.getName())).toList();
    }

    /** The branch a person is a member of (the person's party membership), if any. */
    public Optional<Named> membershipOf(long personId) {
        return Optional.ofNullable(memberships(List.of(personId)).get(personId));
    }

    /** Person id → branch, for those of the people who are party members. */
    public Map<Long, Named> memberships(Collection<Long> personIds) {
        Map<Long, Named> result = new HashMap<>();
        if (personIds.isEmpty()) {
            return result;
        }
        for (Object[] row : branches.memberships(personIds)) {
            result.put(((Number) row[0]).longValue(), new Named(((Number) row[1]).longValue(), (String) row[2]));
        }
        return result;
    }

    /** The change history of a branch within the scope, newest first. */
    public List<HistoryEntry> branchHistory(long id, AreaScope scope) {
        branch(id, scope);
        return audit.of(PartyBranch.class, id);
    }

    // ---- agreements

    /** One agreement within the scope (one of its branches is); a 404 otherwise. */
    public AgreementView agreement(long id, AreaScope scope) {
        return view(agreements.findWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("JointAgreement", id)));
    }

    /**
     * A page of agreements, newest signing first, with a branch in {@code areaId}'s subtree (whole scope when null),
     * of a status as of today (any when null), optionally of one branch.
     */
    public Page<AgreementView> agreements(Long areaId, AgreementStatus status, Long branchId, AreaScope scope,
            Pageable pageable) {
        return agreements.search(scope.pathPrefix(), within(areaId, scope), status == null ? null : status.name(),
                today(), branchId, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())).map(this::view);
    }

    /** The agreements of the scope (newest first), for the activity form's picker. */
    public List<Named> agreementChoices(AreaScope scope) {
        return agreements.findAllWithin(scope.pathPrefix()).stream()
                .map(a -> new Named(a.getId(), a.getTitle())).toList();
    }

    /** The change history of an agreement within the scope, newest first. */
    public List<HistoryEntry> agreementHistory(long id, AreaScope scope) {
        agreement(id, scope);
        return audit.of(JointAgreement.class, id);
    }

    // ---- activities

    /** One activity within the scope (one of its organising branches is); a 404 otherwise. */
    public ActivityView activity(long id, AreaScope scope) {
        return view(activities.findWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("PartyActivity", id)));
    }

    /**
     * A page of activities, newest first, organised by a branch in {@code areaId}'s subtree (whole scope when null)
     * between {@code from} and {@code to} (inclusive, open when null), optionally of a kind, an agreement, a branch.
     */
    public Page<ActivityView> activities(Long areaId, LocalDate from, LocalDate to, ActivityKind kind,
            Long agreementId, Long branchId, AreaScope scope, Pageable pageable) {
        return activities.search(scope.pathPrefix(), within(areaId, scope),
                from == null ? LocalDate.of(1900, 1, 1) : from, to == null ? LocalDate.of(3000, 1, 1) : to,
                kind == null ? null : kind.name(), agreementId, branchId,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())).map(this::view);
    }

    /**
     * Activities held between {@code from} and {@code to} (inclusive) organised by at least one branch in
     * {@code areaId}'s subtree (the whole scope when null), each counted once: total, by kind, participants.
     */
    public ActivityCounts activityCounts(Long areaId, LocalDate from, LocalDate to, AreaScope scope) {
        return queries.activityCounts(scope.pathPrefix(), within(areaId, scope), from, to);
    }

    /** The photos of an activity within the scope. */
    public List<PhotoView> activityPhotos(long id, AreaScope scope) {
        activity(id, scope);
        return photos.of(new PhotoOwner(PartyBuildingManagement.ACTIVITY_PHOTOS, id));
    }

    /** The change history of an activity within the scope, newest first. */
    public List<HistoryEntry> activityHistory(long id, AreaScope scope) {
        activity(id, scope);
        return audit.of(PartyActivity.class, id);
    }

    // ---- pioneer posts

    /** One pioneer post whose grid lies within the scope; a 404 otherwise. */
    public PioneerView pioneer(long id, AreaScope scope) {
        return view(pioneers.findWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("PioneerPost", id)), today());
    }

    /** The pioneer posts held in a grid of the scope today (for the grid's duty card); a 404 for another grid. */
    public List<PioneerView> currentPioneers(long gridId, AreaScope scope) {
        areas.get(gridId, scope);
        LocalDate today = today();
        return pioneers.findCurrentInGrid(gridId, today).stream().map(p -> view(p, today)).toList();
    }

    /** Every pioneer post (current and past) of a branch's members in grids of the scope, latest first. */
    public List<PioneerView> pioneersOfBranch(long branchId, AreaScope scope) {
        BranchView branch = branch(branchId, scope);
        if (branch.members().isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return pioneers.findOfPeople(branch.memberIds(), scope.pathPrefix()).stream().map(p -> view(p, today))
                .toList();
    }

    /** The change history of a pioneer post within the scope, newest first. */
    public List<HistoryEntry> pioneerHistory(long id, AreaScope scope) {
        pioneer(id, scope);
        return audit.of(PioneerPost.class, id);
    }

    // ---- views

    BranchView view(PartyBranch b) {
        Named secretary = labels.personNamed(b.getSecretaryPersonId());
        return new BranchView(b.getId(), b.getName(), b.getAreaId(), b.getPartnerUnitId(),
                labels.home(b.getAreaId(), b.getPartnerUnitId()), secretary, labels.persons(b.getMemberIds()),
                b.getNotes(), b.getUpdatedAt(), b.getVersion());
    }

    AgreementView view(JointAgreement a) {
        return new AgreementView(a.getId(), a.getTitle(), a.getSignedOn(), a.getValidFrom(), a.getValidTo(),
                a.statusOn(today()), a.getEndedOn(), branchNames(a.getBranchIds()), List.copyOf(a.getGoals()),
                activities.countByAgreementId(a.getId()), a.getUpdatedAt(), a.getVersion());
    }

    ActivityView view(PartyActivity a) {
        String agreementTitle = a.getAgreementId() == null ? null
                : agreements.findById(a.getAgreementId()).map(JointAgreement::getTitle).orElse(null);
        return new ActivityView(a.getId(), a.getKind(), a.getHeldOn(), a.getTitle(), branchNames(a.getBranchIds()),
                a.getAgreementId(), agreementTitle, labels.persons(a.getPersonIds()), a.getParticipantCount(),
                a.getSummary(), a.getUpdatedAt(), a.getVersion());
    }

    PioneerView view(PioneerPost p, LocalDate today) {
        return new PioneerView(p.getId(), p.getKind(), p.getPersonId(), labels.person(p.getPersonId()),
                membershipOf(p.getPersonId()).orElse(null), p.getGridId(), labels.area(p.getGridId()), p.getDuty(),
                p.getValidFrom(), p.getValidTo(), p.currentOn(today), p.getVersion());
    }

    private List<Named> branchNames(Collection<Long> ids) {
        List<Named> names = new ArrayList<>();
        branches.findAllById(ids).forEach(b -> names.add(new Named(b.getId(), b.getName())));
        names.sort(Comparator.comparing(Named::name).thenComparing(Named::id));
        return names;
    }

    private String within(Long areaId, AreaScope scope) {
        return areaId == null ? scope.pathPrefix() : areas.get(areaId, scope).path();
    }
}
