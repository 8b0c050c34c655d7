package org.gridwatch.hazard;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.Text;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A hazard and its workflow. Every transition is a method here that checks the state and the actor, stamps who
 * and when on the hazard and its timeline, sets when the next stage is due, and returns the event to publish.
 */
@Entity
@Audited
@Table(name = "hazard")
class Hazard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long gridId;

    private Long placeId;

    private Double latitude;

    private Double longitude;

    @Enumerated(EnumType.STRING)
    private HazardCategory category;

    @Enumerated(EnumType.STRING)
    private HazardSeverity severity;

    private String description;

    @Enumerated(EnumType.STRING)
    private HazardFoundBy foundBy;

    private Instant foundAt;

    private String responsibleUnit;

    private String responsiblePerson;

    private String responsiblePhone;

    private String origin;

    @Enumerated(EnumType.STRING)
    private HazardState state;

    /** The case owner: the recording officer, then whoever it was handed over to. */
    private Long ownerPersonId;

    private Instant dueAt;

    private LocalDate noticeDeadline;

    private String noticeRequirement;

    private Instant notifiedAt;

    private Instant rectifiedAt;

    private Long rectifiedByAccountId;

    private Long rectifiedByPersonId;

    private String rectificationNote;

    private Instant verifiedAt;

    private String verificationNote;

    private int reopenCount;

    private Long recordedByAccountId;

    private String recordedByName;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    @NotAudited
    @OneToMany(mappedBy = "hazard", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<HazardStep> steps = new ArrayList<>();

    protected Hazard() {
    }

    /** A newly found hazard; its owner is the recording person. Notification is due {@code notifyWithin} after it was found. */
    Hazard(HazardData data, HazardActor by, Instant now, Duration notifyWithin) {
        this.state = HazardState.FOUND;
        this.origin = data.origin() == null ? null : data.origin().text();
        this.ownerPersonId = by.personId();
        this.recordedByAccountId = by.accountId();
        this.recordedByName = by.name();
        this.createdAt = now;
        describe(data, now);
        this.dueAt = foundAt.plus(notifyWithin);
        steps.add(new HazardStep(this, HazardAction.RECORDED, null, HazardState.FOUND, now, by, null, null));
    }

    /** The event of the recording, once the hazard has its id. */
    HazardMoved recorded() {
        return new HazardMoved(id, gridId, null, HazardState.FOUND, createdAt, ownerPersonId, dueAt);
    }

    /** Changes what the record says; a verified hazard is closed. A found one's notice stays due after the found time. */
    void change(HazardData data, Long newOwnerPersonId, Instant now, Duration notifyWithin) {
        if (!state.open()) {
            throw new HazardRefusedException("hazard.refused.closed");
        }
        describe(data, now);
        this.ownerPersonId = newOwnerPersonId;
        if (state == HazardState.FOUND) {
            this.dueAt = foundAt.plus(notifyWithin);
        }
    }

    private void describe(HazardData data, Instant now) {
        this.gridId = data.gridId();
        this.placeId = data.placeId();
        this.latitude = data.lat();
        this.longitude = data.lon();
        this.category = data.category();
        this.severity = data.severity();
        this.description = data.description().trim();
        this.foundBy = data.foundBy();
        this.foundAt = data.foundAt();
        this.responsibleUnit = data.responsibleUnit().trim();
        this.responsiblePerson = Text.trimmedOrNull(data.responsiblePerson());
        this.responsiblePhone = Text.trimmedOrNull(data.responsiblePhone());
        this.updatedAt = now;
    }

    /** FOUND → NOTIFIED: a rectification notice to the responsible unit, to be rectified by the end of {@code deadline}. */
    HazardMoved notifyResponsible(HazardActor by, LocalDate deadline, String requirement, Instant now, ZoneId zone) {
        expect(HazardState.FOUND);
        requireFuture(deadline, now, zone);
        requireText(requirement, "requirement");
        this.noticeDeadline = deadline;
        this.noticeRequirement = requirement.trim();
        this.notifiedAt = now;
        return move(HazardAction.NOTIFIED, HazardState.NOTIFIED, by, now, endOf(deadline, zone), null, deadline);
    }

    /**
     * NOTIFIED or REOPENED → RECTIFIED: the responsible side's rectification, recorded by an officer with at
     * least one new after-photo. Verification is due {@code verifyWithin} later.
     */
    HazardMoved rectify(HazardActor by, String note, int newAfterPhotos, Instant now, Duration verifyWithin) {
        expect(HazardState.NOTIFIED, HazardState.REOPENED);
        requireText(note, "note");
        if (newAfterPhotos < 1) {
            throw new RejectedInput("photos", "hazard.rectify.photoRequired");
        }
        this.rectifiedAt = now;
        this.rectifiedByAccountId = by.accountId();
        this.rectifiedByPersonId = by.personId();
        this.rectificationNote = note.trim();
        return move(HazardAction.RECTIFIED, HazardState.RECTIFIED, by, now, now.plus(verifyWithin), note.trim(), null);
    }

    /** RECTIFIED → VERIFIED: the re-inspection passed. Not by an auxiliary, not by who recorded the rectification. */
    HazardMoved verify(HazardActor by, String note, Instant now) {
        expect(HazardState.RECTIFIED);
        requireInspector(by);
        this.verifiedAt = now;
        this.verificationNote = Text.trimmedOrNull(note);
        return move(HazardAction.VERIFIED, HazardState.VERIFIED, by, now, null, Text.trimmedOrNull(note), null);
    }

    /** RECTIFIED → REOPENED: the re-inspection failed; to be rectified again by the end of {@code newDeadline}. */
    HazardMoved reopen(HazardActor by, String note, LocalDate newDeadline, Instant now, ZoneId zone) {
        expect(HazardState.RECTIFIED);
        requireInspector(by);
        requireFuture(newDeadline, now, zone);
        requireText(note, "note");
        this.noticeDeadline = newDeadline;
        this.verificationNote = note.trim();
        this.reopenCount++;
        return move(HazardAction.REOPENED, HazardState.REOPENED, by, now, endOf(newDeadline, zone), note.trim(),
                newDeadline);
    }

    /** An open hazard passes to a successor (duty handover); the timeline names both. */
    void handOver(long successorPersonId, String note, Instant now) {
        if (!state.open()) {
            throw new HazardRefusedException("hazard.refused.closed");
        }
        this.ownerPersonId = successorPersonId;
        this.updatedAt = now;
        steps.add(new HazardStep(this, HazardAction.HANDED_OVER, state, state, now,
                new HazardActor(null, null, null, false), note, null));
    }

    private void requireInspector(HazardActor by) {
        inspectorRefusal(by, rectifiedByAccountId, rectifiedByPersonId).ifPresent(key -> {
            throw new HazardRefusedException(key);
        });
    }

    /** Why the actor may not re-inspect a rectification recorded by the given account/person, if they may not. */
    static java.util.Optional<String> inspectorRefusal(HazardActor by, Long rectifiedByAccount, Long rectifiedByPerson) {
        if (!by.mayVerify()) {
            return java.util.Optional.of("hazard.refused.auxiliary");
        }
        if (by.sameAs(rectifiedByAccount, rectifiedByPerson)) {
            return java.util.Optional.of("hazard.refused.samePerson");
        }
        return java.util.Optional.empty();
    }

    private HazardMoved move(HazardAction action, HazardState to, HazardActor by, Instant now, Instant due,
            String note, LocalDate deadline) {
        HazardState from = state;
        this.state = to;
        this.dueAt = due;
        this.updatedAt = now;
        steps.add(new HazardStep(this, action, from, to, now, by, note, deadline));
        return new HazardMoved(id, gridId, from, to, now, by.personId(), due);
    }

    private void expect(HazardState... allowed) {
        for (HazardState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new HazardRefusedException("hazard.refused.state", state.labelKey());
    }

    private static void requireFuture(LocalDate deadline, Instant now, ZoneId zone) {
        if (deadline == null || !deadline.isAfter(LocalDate.ofInstant(now, zone))) {
            throw new RejectedInput("deadline", "hazard.deadline.future");
        }
    }

    private static void requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new RejectedInput(field, "NotBlank");
        }
    }

    /** A deadline day ends at midnight in the branch's zone: due until the start of the next day. */
    static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    HazardView view() {
        return new HazardView(id, gridId, placeId, latitude, longitude, category, severity, description, foundBy,
                foundAt, responsibleUnit, responsiblePerson, responsiblePhone, origin, state, ownerPersonId, dueAt,
                noticeDeadline, noticeRequirement, notifiedAt, rectifiedAt, rectifiedByAccountId, rectifiedByPersonId,
                rectificationNote, verifiedAt, verificationNote, reopenCount, recordedByAccountId, recordedByName,
                createdAt, updatedAt, version);
    }

    List<HazardStep> steps() {
        return steps;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    HazardState getState() {
        return state;
    }

    long getGridId() {
        return gridId;
    }

    Long getPlaceId() {
        return placeId;
    }

    Long getOwnerPersonId() {
        return ownerPersonId;
    }

    Instant getFoundAt() {
        return foundAt;
    }

    Instant getDueAt() {
        return dueAt;
    }

    HazardCategory getCategory() {
        return category;
    }

    String getDescription() {
        return description;
    }

    String getResponsibleUnit() {
        return responsibleUnit;
    }

    Double getLatitude() {
        return latitude;
    }

    Double getLongitude() {
        return longitude;
    }
}
