package org.gridwatch.partybuilding;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonKind;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.photo.PhotoOwner;
import org.gridwatch.photo.Photos;
import org.gridwatch.place.PartnerDirectory;
import org.gridwatch.place.PartnerView;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Records and changes party branches, joint building agreements, joint activities and pioneer posts within the
 * caller's scope. A rule broken by the input is a {@link RejectedInput} naming the field; a record outside
 * the scope a 404; a version that is no longer current a {@link StaleEditException}.
 */
@Service
@Transactional
public class PartyBuildingManagement {

    /** Photos of an activity belong to this owner type. */
    public static final String ACTIVITY_PHOTOS = "party-activity";
    static final int MAX_GOALS = 20;
    static final int MAX_GOAL_LENGTH = 200;

    private final PartyBranchRepository branches;
    private final JointAgreementRepository agreements;
    private final PartyActivityRepository activities;
    private final PioneerPostRepository pioneers;
    private final PartyBuildingDirectory directory;
    private final AreaDirectory areas;
    private final PersonDirectory people;
    private final PartnerDirectory partners;
    private final Photos photos;
    private final PartyCalendar calendar;

    PartyBuildingManagement(PartyBranchRepository branches, JointAgreementRepository agreements,
            PartyActivityRepository activities, PioneerPostRepository pioneers, PartyBuildingDirectory directory,
            AreaDirectory areas, PersonDirectory people, PartnerDirectory partners, Photos photos,
            PartyCalendar calendar) {
        this.branches = branches;
        this.agreements = agreements;
        this.activities = activities;
        this.pioneers = pioneers;
        this.directory = directory;
        this.areas = areas;
        this.people = people;
        this.partners = partners;
        this.photos = photos;
        this.calendar = calendar;
    }

    /**
     * Records a branch of a station or community, or of a partner unit, within the scope. Members (and the
     * secretary, who is made a member) must be people of the scope who belong to no other branch.
     */
    public BranchView createBranch(BranchData data, AreaScope scope) {
        long scopeArea = checkBranch(data, null, scope);
        PartyBranch branch = new PartyBranch(data, scopeArea, calendar.now());
        return directory.view(saveMembers(branch));
    }

    /** Changes a branch within the scope; members already in it may stay even if they live outside the scope. */
    public BranchView changeBranch(long id, long version, BranchData data, AreaScope scope) {
        PartyBranch branch = branches.findWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("PartyBranch", id));
        if (branch.getVersion() != version) {
            throw new StaleEditException("PartyBranch", id);
        }
        long scopeArea = checkBranch(data, branch, scope);
        branch.change(data, scopeArea, calendar.now());
        return directory.view(saveMembers(branch));
    }

    /** Records an agreement between two or more branches of the scope. */
    public AgreementView createAgreement(AgreementData data, AreaScope scope) {
        checkAgreement(data, Set.of(), scope);
        return directory.view(agreements.saveAndFlush(new JointAgreement(data, calendar.now())));
    }

    /** Changes an agreement within the scope; branches already party to it may stay. */
    public AgreementView changeAgreement(long id, long version, AgreementData data, AreaScope scope) {
        JointAgreement agreement = loadAgreement(id, version, scope);
        checkAgreement(data, agreement.getBranchIds(), scope);
        agreement.change(data, calendar.now());
        return directory.view(agreements.saveAndFlush(agreement));
    }

    /**
     * Ends an agreement today, before its period is over (after it, it shows as ended anyway). Ending one already
     * ended is a {@link org.gridwatch.shared.web.NotAllowedException} (the 409 page).
     */
    public AgreementView endAgreement(long id, long version, AreaScope scope) {
        JointAgreement agreement = loadAgreement(id, version, scope);
        agreement.end(calendar.today(), calendar.now());
        return directory.view(agreements.saveAndFlush(agreement));
    }

    /** Records an activity organised by branches of the scope, with its photos (checked by the photo module). */
    public ActivityView createActivity(ActivityData data, List<MultipartFile> files, Long accountId,
            AreaScope scope) {
        checkActivity(data, Set.of(), Set.of(), scope);
        PartyActivity activity = activities.saveAndFlush(new PartyActivity(data, accountId, calendar.now()));
        photos.attach(new PhotoOwner(ACTIVITY_PHOTOS, activity.getId()), files, accountId);
        return directory.view(activity);
    }

    /** Changes an activity within the scope and adds the chosen photos. */
    public ActivityView changeActivity(long id, long version, ActivityData data, List<MultipartFile> files,
            Long accountId, AreaScope scope) {
        PartyActivity activity = activities.findWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("PartyActivity", id));
        if (activity.getVersion() != version) {
            throw new StaleEditException("PartyActivity", id);
        }
        checkActivity(data, activity.getBranchIds(), activity.getPersonIds(), scope);
        activity.change(data, calendar.now());
        activities.saveAndFlush(activity);
        photos.attach(new PhotoOwner(ACTIVITY_PHOTOS, id), files, accountId);
        return directory.view(activity);
    }

    /** Designates a party-member officer or auxiliary of the scope as pioneer for a grid of the scope. */
    public PioneerView createPioneer(PioneerData data, AreaScope scope) {
        checkPioneer(data, scope);
        return directory.view(pioneers.saveAndFlush(new PioneerPost(data, calendar.now())), calendar.today());
    }

    /** Changes a pioneer post within the scope (e.g. sets its end date). */
    public PioneerView changePioneer(long id, long version, PioneerData data, AreaScope scope) {
        PioneerPost post = pioneers.findWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("PioneerPost", id));
        if (post.getVersion() != version) {
            throw new StaleEditException("PioneerPost", id);
        }
        checkPioneer(data, scope);
        post.change(data, calendar.now());
        return directory.view(pioneers.saveAndFlush(post), calendar.today());
    }

    private PartyBranch saveMembers(PartyBranch branch) {
        try {
            return branches.saveAndFlush(branch);
        } catch (DataIntegrityViolationException e) {
            // Someone added one of these people to another branch since the check above.
            throw new RejectedInput("memberIds", "party.members.elsewhere", "");
        }
    }

    /** The branch's rules; returns the area that decides its scope. */
    private long checkBranch(BranchData data, PartyBranch existing, AreaScope scope) {
        if ((data.areaId() == null) == (data.partnerUnitId() == null)) {
            throw new RejectedInput("areaId", data.areaId() == null ? "party.branch.home.required"
                    : "party.branch.home.both");
        }
        long scopeArea;
        if (data.areaId() != null) {
            AreaSummary area = areas.find(data.areaId(), scope)
                    .filter(a -> !a.retired() && (a.type() == AreaType.STATION || a.type() == AreaType.COMMUNITY))
                    .orElseThrow(() -> new RejectedInput("areaId", "party.branch.area.invalid"));
            scopeArea = area.id();
        } else {
            PartnerView unit = partners.find(data.partnerUnitId(), scope)
                    .orElseThrow(() -> new RejectedInput("partnerUnitId", "party.branch.partner.invalid"));
            scopeArea = unit.homeAreaId();
        }
        Set<Long> current = existing == null ? Set.of() : existing.getMemberIds();
        if (data.secretaryId() != null && !current.contains(data.secretaryId())
                && people.find(data.secretaryId(), scope).isEmpty()) {
            throw new RejectedInput("secretaryId", "party.person.outsideScope");
        }
        for (long member : data.memberIds()) {
            if (!current.contains(member) && people.find(member, scope).isEmpty()) {
                throw new RejectedInput("memberIds", "party.members.outsideScope");
            }
        }
        Set<Long> wanted = new HashSet<>(data.memberIds());
        if (data.secretaryId() != null) {
            wanted.add(data.secretaryId());
        }
        if (!wanted.isEmpty()) {
            long self = existing == null ? -1 : existing.getId();
            for (Object[] row : branches.membershipsElsewhere(wanted, self)) {
                long person = ((Number) row[0]).longValue();
                String label = people.find(person).map(PersonSummary::name).orElse("#" + person) + "（" + row[1] + "）";
                boolean secretary = data.secretaryId() != null && data.secretaryId() == person;
                throw new RejectedInput(secretary ? "secretaryId" : "memberIds", "party.members.elsewhere", label);
            }
        }
        return scopeArea;
    }

    private JointAgreement loadAgreement(long id, long version, AreaScope scope) {
        JointAgreement agreement = agreements.findWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("JointAgreement", id));
        if (agreement.getVersion() != version) {
            throw new StaleEditException("JointAgreement", id);
        }
        return agreement;
    }

    private void checkAgreement(AgreementData data, Set<Long> current, AreaScope scope) {
        if (data.validFrom() != null && data.validTo() != null && data.validTo().isBefore(data.validFrom())) {
            throw new RejectedInput("validTo", "party.period.order");
        }
        if (data.branchIds().size() < 2) {
            throw new RejectedInput("branchIds", "party.agreement.branches.atLeastTwo");
        }
        checkBranchesInScope(data.branchIds(), current, scope);
        if (data.goals().isEmpty()) {
            throw new RejectedInput("goals", "party.agreement.goals.required");
        }
        if (data.goals().size() > MAX_GOALS) {
            throw new RejectedInput("goals", "party.agreement.goals.tooMany", MAX_GOALS);
        }
        if (data.goals().stream().anyMatch(g -> g.isBlank() || g.length() > MAX_GOAL_LENGTH)) {
            throw new RejectedInput("goals", "party.agreement.goals.tooLong", MAX_GOAL_LENGTH);
        }
    }

    private void checkBranchesInScope(Set<Long> branchIds, Set<Long> current, AreaScope scope) {
        for (long branchId : branchIds) {
            if (!current.contains(branchId) && branches.findWithin(branchId, scope.pathPrefix()).isEmpty()) {
                throw new RejectedInput("branchIds", "party.branches.outsideScope");
            }
        }
    }

    private void checkActivity(ActivityData data, Set<Long> currentBranches, Set<Long> currentPeople,
            AreaScope scope) {
        if (data.heldOn() != null && data.heldOn().isAfter(calendar.today())) {
            throw new RejectedInput("heldOn", "party.date.future");
        }
        if (data.branchIds().isEmpty()) {
            throw new RejectedInput("branchIds", "party.activity.branches.required");
        }
        checkBranchesInScope(data.branchIds(), currentBranches, scope);
        if (data.agreementId() != null) {
            JointAgreement agreement = agreements.findWithin(data.agreementId(), scope.pathPrefix())
                    .orElseThrow(() -> new RejectedInput("agreementId", "party.activity.agreement.invalid"));
            if (data.branchIds().stream().noneMatch(agreement.getBranchIds()::contains)) {
                throw new RejectedInput("agreementId", "party.activity.agreement.notParty");
            }
        }
        for (long person : data.personIds()) {
            if (!currentPeople.contains(person) && people.find(person, scope).isEmpty()) {
                throw new RejectedInput("personIds", "party.person.outsideScope");
            }
        }
        if (data.participantCount() == null && data.personIds().isEmpty()) {
            throw new RejectedInput("participantCount", "party.activity.count.required");
        }
        if (data.participantCount() != null
                && (data.participantCount() < 1 || data.participantCount() < data.personIds().size())) {
            throw new RejectedInput("participantCount", "party.activity.count.tooSmall",
                    Math.max(1, data.personIds().size()));
        }
    }

    private void checkPioneer(PioneerData data, AreaScope scope) {
        if (data.personId() == null) {
            throw new RejectedInput("personId", "NotNull");
        }
        if (data.gridId() == null) {
            throw new RejectedInput("gridId", "NotNull");
        }
        PersonSummary person = people.find(data.personId(), scope)
                .orElseThrow(() -> new RejectedInput("personId", "party.person.outsideScope"));
        if (person.kind() != PersonKind.OFFICER && person.kind() != PersonKind.AUXILIARY) {
            throw new RejectedInput("personId", "party.pioneer.person.kind");
        }
        if (branches.memberships(List.of(person.id())).isEmpty()) {
            throw new RejectedInput("personId", "party.pioneer.person.notMember");
        }
        areas.find(data.gridId(), scope).filter(a -> a.type() == AreaType.GRID && !a.retired())
                .orElseThrow(() -> new RejectedInput("gridId", "party.pioneer.grid.invalid"));
        if (data.validTo() != null && data.validFrom() != null && data.validTo().isBefore(data.validFrom())) {
            throw new RejectedInput("validTo", "party.period.order");
        }
    }

    /** Today in the branch's time zone (the default signing and activity day of new forms). */
    public LocalDate today() {
        return calendar.today();
    }
}
