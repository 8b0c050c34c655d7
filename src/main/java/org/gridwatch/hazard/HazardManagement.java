package org.gridwatch.hazard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaType;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FindingFollowedUp;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.RoleSet;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.photo.PhotoOwner;
import org.gridwatch.photo.Photos;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.place.PlaceView;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Records hazards and moves them through their workflow. Each method checks the scope (404 outside), the
 * version the user saw ({@link StaleEditException}), and lets the hazard check its state and the actor
 * ({@link HazardRefusedException}, a 409); refused input is a {@link RejectedInput} for the field.
 * Each write publishes {@link HazardMoved} (on a state change) and {@link FieldRecordSaved} in its transaction.
 * A hazard being moved is locked until the transaction ends, so of two people moving it at once one wins and the
 * other finds the version changed.
 */
@Service
@Transactional
public class HazardManagement {

    /** A found-at time may lie this far in the future (phone clocks drift). */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);
    private static final int NAME_LENGTH = 60;

    private final HazardRepository hazards;
    private final AreaDirectory areas;
    private final PlaceDirectory places;
    private final PersonDirectory people;
    private final Photos photos;
    private final ApplicationEventPublisher events;
    private final HazardDeadlines deadlines;
    private final Clock clock;
    private final ZoneId zone;

    HazardManagement(HazardRepository hazards, AreaDirectory areas, PlaceDirectory places, PersonDirectory people,
            Photos photos, ApplicationEventPublisher events, HazardDeadlines deadlines, Clock clock,
            @Value("${gridwatch.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.hazards = hazards;
        this.areas = areas;
        this.places = places;
        this.people = people;
        this.photos = photos;
        this.events = events;
        this.deadlines = deadlines;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * The same operations as of a past moment, for loaders that record past work (the demo season, ledgers of
     * earlier years): stamps, due dates and the "after today" rule use {@code now}. The returned facade is not a
     * Spring proxy: call it inside the caller's transaction.
     */
    public HazardManagement asOf(Instant now) {
        return new HazardManagement(hazards, areas, places, people, photos, events, deadlines,
                Clock.fixed(now, zone), zone);
    }

    /** The signed-in user as an actor: their account, their person record if any, and whether they may verify. */
    @Transactional(readOnly = true)
    public HazardActor actor(SignedInUser user) {
        PersonSummary person = people.ofAccount(user.accountId()).orElse(null);
        String name = person != null ? person.name() : user.displayName();
        if (name != null && name.length() > NAME_LENGTH) {
            name = name.substring(0, NAME_LENGTH);
        }
        return new HazardActor(user.accountId(), person == null ? null : person.id(), name,
                user.hasAny(RoleSet.POLICE));
    }

    /** Today in the branch's time zone: notice deadlines must lie after it. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * Records a found hazard with its before-photos; the actor's person becomes the case owner. When it came
     * from another record's finding, publishes {@link FindingFollowedUp}. Returns the new id.
     */
    public long create(HazardData data, List<MultipartFile> beforePhotos, HazardActor by, AreaScope scope) {
        HazardData checked = check(data, scope);
        Instant now = clock.instant();
        Hazard hazard = hazards.saveAndFlush(new Hazard(checked, by, now, deadlines.notifyWithin()));
        long id = hazard.getId();
        photos.attach(new PhotoOwner(HazardDirectory.BEFORE, id), beforePhotos, by.accountId());
        events.publishEvent(hazard.recorded());
        saved(hazard);
        if (checked.origin() != null) {
            events.publishEvent(new FindingFollowedUp(checked.origin(), RecordKind.HAZARD, id));
        }
        return id;
    }

    /**
     * Changes what an open hazard says, its owner (a person of the scope, or null) and adds before-photos. A
     * verified hazard is closed (409).
     */
    public void change(long id, long version, HazardData data, Long ownerPersonId, List<MultipartFile> morePhotos,
            HazardActor by, AreaScope scope) {
        Hazard hazard = lock(id, version, scope);
        HazardData checked = check(data, scope);
        if (ownerPersonId != null && people.find(ownerPersonId, scope).isEmpty()) {
            throw new RejectedInput("ownerPersonId", "hazard.owner.invalid");
        }
        hazard.change(checked, ownerPersonId, clock.instant(), deadlines.notifyWithin());
        hazards.flush();
        photos.attach(new PhotoOwner(HazardDirectory.BEFORE, id), morePhotos, by.accountId());
        saved(hazard);
    }

    /** FOUND → NOTIFIED: the rectification notice, due by the end of {@code deadline} (a day after today). */
    public void notifyResponsible(long id, long version, LocalDate deadline, String requirement, HazardActor by,
            AreaScope scope) {
        Hazard hazard = lock(id, version, scope);
        moved(hazard, hazard.notifyResponsible(by, deadline, requirement, clock.instant(), zone));
    }

    /**
     * NOTIFIED/REOPENED → RECTIFIED: the responsible side's rectification with its note and at least one new
     * after-photo, recorded by the actor; verification is due {@code gridwatch.deadlines.hazard.verify} later.
     */
    public void rectify(long id, long version, String note, List<MultipartFile> afterPhotos, HazardActor by,
            AreaScope scope) {
        Hazard hazard = lock(id, version, scope);
        HazardMoved event = hazard.rectify(by, note, Photos.chosen(afterPhotos).size(), clock.instant(),
                deadlines.verifyWithin());
        photos.attach(new PhotoOwner(HazardDirectory.AFTER, id), afterPhotos, by.accountId());
        moved(hazard, event);
    }

    /** RECTIFIED → VERIFIED: the re-inspection passed; refused to auxiliaries and to who recorded the rectification. */
    public void verify(long id, long version, String note, HazardActor by, AreaScope scope) {
        Hazard hazard = lock(id, version, scope);
        moved(hazard, hazard.verify(by, note, clock.instant()));
    }

    /** RECTIFIED → REOPENED: the re-inspection failed; a new deadline (after today) and why. Refused as {@link #verify}. */
    public void reopen(long id, long version, String note, LocalDate deadline, HazardActor by, AreaScope scope) {
        Hazard hazard = lock(id, version, scope);
        moved(hazard, hazard.reopen(by, note, deadline, clock.instant(), zone));
    }

    /**
     * Passes every open hazard owned by {@code leaverPersonId} to the successor; each hazard's timeline records
     * the handover. Called inside the duty handover's transaction. Returns how many passed.
     */
    int handOver(long leaverPersonId, long successorPersonId, LocalDate date) {
        List<Hazard> open = hazards.lockOpenOwnedBy(leaverPersonId);
        if (open.isEmpty()) {
            return 0;
        }
        String note = name(leaverPersonId) + " → " + name(successorPersonId) + " (" + date + ")";
        Instant now = clock.instant();
        for (Hazard hazard : open) {
            hazard.handOver(successorPersonId, note, now);
        }
        hazards.flush();
        open.forEach(this::saved);
        return open.size();
    }

    private String name(long personId) {
        return people.find(personId).map(PersonSummary::name).orElse("#" + personId);
    }

    private Hazard lock(long id, long version, AreaScope scope) {
        Hazard hazard = hazards.lockWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("Hazard", id));
        if (hazard.getVersion() != version) {
            throw new StaleEditException("Hazard", id);
        }
        return hazard;
    }

    /** The hazard is managed (loaded in this transaction): flushing writes it, its new timeline entry and checks the version. */
    private void moved(Hazard hazard, HazardMoved event) {
        hazards.flush();
        events.publishEvent(event);
        saved(hazard);
    }

    /** Tells the timelines: every create and change of a hazard is a {@link FieldRecordSaved}. */
    private void saved(Hazard hazard) {
        events.publishEvent(event(hazard));
    }

    /** The event a save publishes, also replayed when the figures are rebuilt. */
    static FieldRecordSaved event(Hazard hazard) {
        List<Long> personIds = hazard.getOwnerPersonId() == null ? List.of() : List.of(hazard.getOwnerPersonId());
        return new FieldRecordSaved(RecordKind.HAZARD, hazard.getId(), List.of(hazard.getGridId()),
                hazard.getPlaceId(), hazard.getFoundAt(), null, hazard.getCategory().labelKey(),
                hazard.getResponsibleUnit() + "：" + hazard.getDescription(), personIds, null, hazard.getLatitude(),
                hazard.getLongitude(), hazard.getState().labelKey(), 0);
    }

    /**
     * The grid must be a live grid of the scope, the place (if any) one of that grid, the point complete and on
     * the earth, the found time not in the future; a blank responsible unit, person or phone is taken from the place.
     */
    private HazardData check(HazardData data, AreaScope scope) {
        boolean liveGrid = areas.find(data.gridId(), scope)
                .filter(a -> a.type() == AreaType.GRID && !a.retired()).isPresent();
        if (!liveGrid) {
            throw new RejectedInput("gridId", "hazard.grid.invalid");
        }
        if ((data.lat() == null) != (data.lon() == null)
                || (data.lat() != null && (outside(data.lat(), 90) || outside(data.lon(), 180)))) {
            throw new RejectedInput("gridId", "hazard.point.invalid");
        }
        if (data.foundAt() == null || data.foundAt().isAfter(clock.instant().plus(CLOCK_TOLERANCE))) {
            throw new RejectedInput("foundAt", "hazard.foundAt.future");
        }
        String unit = data.responsibleUnit();
        String person = data.responsiblePerson();
        String phone = data.responsiblePhone();
        if (data.placeId() != null) {
            PlaceView place = places.find(data.placeId(), scope).filter(p -> p.gridId() == data.gridId())
                    .orElseThrow(() -> new RejectedInput("placeId", "hazard.place.invalid"));
            if (isBlank(unit)) {
                unit = place.name();
                person = isBlank(person) ? place.contactName() : person;
                phone = isBlank(phone) ? place.contactPhone() : phone;
            }
        }
        if (isBlank(unit)) {
            throw new RejectedInput("responsibleUnit", "hazard.responsibleUnit.required");
        }
        return new HazardData(data.gridId(), data.placeId(), data.lat(), data.lon(), data.category(),
                data.severity(), data.description(), data.foundBy(), data.foundAt(), unit, person, phone,
                data.origin());
    }

    private static boolean outside(double value, double limit) {
        return !Double.isFinite(value) || Math.abs(value) > limit;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
