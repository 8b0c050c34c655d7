package org.gridwatch.visit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaType;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.fieldwork.Satisfaction;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.photo.PhotoOwner;
import org.gridwatch.photo.Photos;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.place.PlaceView;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Logs and changes visits with their photos, each in one transaction that also publishes
 * {@link FieldRecordSaved}. Every rule is checked here, whoever calls: a broken one is a
 * {@link RejectedInput} naming the field.
 */
@Service
@Transactional
public class VisitManagement {

    /** How far ahead of the clock a visit may be dated (phones' clocks drift; nobody logs tomorrow's visit). */
    public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(15);
    public static final int TEXT_LENGTH = 1000;
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private final VisitRepository visits;
    private final AreaDirectory areas;
    private final PlaceDirectory places;
    private final PersonDirectory people;
    private final Photos photos;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VisitManagement(VisitRepository visits, AreaDirectory areas, PlaceDirectory places, PersonDirectory people,
            Photos photos, ApplicationEventPublisher events, Clock clock) {
        this.visits = visits;
        this.areas = areas;
        this.places = places;
        this.people = people;
        this.photos = photos;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Logs a visit with its photos (checked from their bytes; a refused one is a
     * {@link RejectedInput} and nothing is stored) and publishes the saved event.
     */
    public VisitView create(VisitData data, List<MultipartFile> files, AreaScope scope, Recorder recorder) {
        String placeName = check(data, scope, null);
        Visit visit = visits.saveAndFlush(new Visit(data, placeName, recorder, clock.instant()));
        if (!Photos.chosen(files).isEmpty()) {
            photos.attach(owner(visit.getId()), files, recorder.accountId());
        }
        return saved(visit);
    }

    /**
     * Changes a visit within the scope (a 404 otherwise): its fields, photos removed and photos added. Throws
     * {@link StaleEditException} when {@code version} is not the current one.
     */
    public VisitView change(long id, long version, VisitData data, List<MultipartFile> files,
            List<Long> removedPhotoIds, AreaScope scope, Recorder editor) {
        Visit visit = load(id, scope);
        if (visit.getVersion() != version) {
            throw new StaleEditException("Visit", id);
        }
        String placeName = check(data, scope, visit.view().gridId());
        for (Long photoId : removedPhotoIds == null ? List.<Long>of() : removedPhotoIds.stream().distinct().toList()) {
            photos.remove(owner(id), photoId);
        }
        visit.change(data, placeName, clock.instant());
        visits.saveAndFlush(visit);
        if (!Photos.chosen(files).isEmpty()) {
            photos.attach(owner(id), files, editor.accountId());
        }
        return saved(visit);
    }

    /** Marks an open follow-up done (a 409 when there is none); a 404 outside the scope. */
    public VisitView completeFollowUp(long id, long version, AreaScope scope) {
        Visit visit = load(id, scope);
        if (visit.getVersion() != version) {
            throw new StaleEditException("Visit", id);
        }
        visit.completeFollowUp(clock.instant());
        visits.saveAndFlush(visit);
        return saved(visit);
    }

    static PhotoOwner owner(long visitId) {
        return new PhotoOwner("visit", visitId);
    }

    private Visit load(long id, AreaScope scope) {
        return visits.findWithin(id, scope.pathPrefix()).orElseThrow(() -> new RecordNotFoundException("Visit", id));
    }

    private VisitView saved(Visit visit) {
        VisitView view = visit.view();
        events.publishEvent(event(view));
        return view;
    }

    /** The event a save publishes, also replayed when the figures are rebuilt. */
    static FieldRecordSaved event(VisitView view) {
        return new FieldRecordSaved(RecordKind.VISIT, view.id(), List.of(view.gridId()), view.placeId(),
                view.occurredAt(), null, view.kind().labelKey(), view.learned(), view.personIds(), view.campaignId(),
                view.latitude(), view.longitude(), null, 0, view.satisfaction());
    }

    /**
     * Checks every rule and returns the visited place's name (null without a place). {@code currentGrid} is the
     * grid a changed visit already has: it stays acceptable even after the grid was retired.
     */
    private String check(VisitData data, AreaScope scope, Long currentGrid) {
        if (data.kind() == null) {
            throw new RejectedInput("kind", "NotNull");
        }
        boolean gridOk = areas.find(data.gridId(), scope)
                .filter(a -> a.type() == AreaType.GRID && (!a.retired() || Long.valueOf(a.id()).equals(currentGrid)))
                .isPresent();
        if (!gridOk) {
            throw new RejectedInput("gridId", "visit.grid.invalid");
        }
        String placeName = checkPlace(data, scope);
        checkTime(data);
        if (data.personIds().isEmpty()) {
            throw new RejectedInput("personIds", "visit.people.required");
        }
        if (data.personIds().stream().anyMatch(person -> people.find(person, scope).isEmpty())) {
            throw new RejectedInput("personIds", "visit.people.invalid");
        }
        if (data.category() == null) {
            throw new RejectedInput("category", "NotNull");
        }
        if (data.learned() == null || data.learned().isBlank()) {
            throw new RejectedInput("learned", "NotBlank");
        }
        if (data.learned().strip().length() > TEXT_LENGTH) {
            throw new RejectedInput("learned", "visit.text.tooLong");
        }
        if (data.notes() != null && data.notes().strip().length() > TEXT_LENGTH) {
            throw new RejectedInput("notes", "visit.text.tooLong");
        }
        checkFollowUp(data);
        checkPoint(data);
        checkSatisfaction(data);
        if (data.campaignId() != null && data.campaignId() <= 0) {
            throw new RejectedInput("campaignId", "Positive");
        }
        return placeName;
    }

    private String checkPlace(VisitData data, AreaScope scope) {
        if (data.placeId() == null) {
            if (data.kind().placeRequired()) {
                throw new RejectedInput("placeId", "visit.place.required");
            }
            return null;
        }
        PlaceView place = places.find(data.placeId(), scope)
                .orElseThrow(() -> new RejectedInput("placeId", "visit.place.invalid"));
        if (place.gridId() != data.gridId()) {
            throw new RejectedInput("placeId", "visit.place.otherGrid");
        }
        if (!data.kind().visits(place.kind())) {
            throw new RejectedInput("placeId", "visit.place.wrongKind");
        }
        return place.name();
    }

    private void checkTime(VisitData data) {
        if (data.occurredAt() == null) {
            throw new RejectedInput("occurredAt", "NotNull");
        }
        if (data.occurredAt().isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            throw new RejectedInput("occurredAt", "visit.occurredAt.future");
        }
        if (data.occurredAt().isBefore(EARLIEST)) {
            throw new RejectedInput("occurredAt", "visit.occurredAt.tooOld");
        }
    }

    private static void checkFollowUp(VisitData data) {
        if (!data.followUpNeeded()) {
            return;
        }
        if (data.followUpBy() == null) {
            throw new RejectedInput("followUpBy", "visit.followUpBy.required");
        }
        LocalDate visitDay = data.occurredAt().atZone(RecordFilter.ZONE).toLocalDate();
        if (data.followUpBy().isBefore(visitDay)) {
            throw new RejectedInput("followUpBy", "visit.followUpBy.beforeVisit");
        }
        if (data.followUpBy().isAfter(visitDay.plusYears(1))) {
            throw new RejectedInput("followUpBy", "visit.followUpBy.tooLate");
        }
    }

    private static void checkSatisfaction(VisitData data) {
        String comment = data.satisfactionComment();
        if (comment != null && !comment.isBlank()) {
            if (data.satisfaction() == null) {
                throw new RejectedInput("satisfactionComment", "fieldwork.satisfaction.commentWithoutAnswer");
            }
            if (comment.strip().length() > Satisfaction.COMMENT_LENGTH) {
                throw new RejectedInput("satisfactionComment", "visit.text.tooLong");
            }
        }
    }

    private static void checkPoint(VisitData data) {
        if ((data.latitude() == null) != (data.longitude() == null)) {
            throw new RejectedInput("lat", "visit.point.invalid");
        }
        if (data.latitude() != null && (outside(data.latitude(), 90) || outside(data.longitude(), 180))) {
            throw new RejectedInput("lat", "visit.point.invalid");
        }
    }

    /** Out of range, or not a number at all ("NaN" and "Infinity" parse as doubles). */
    private static boolean outside(double value, double limit) {
        return !Double.isFinite(value) || Math.abs(value) > limit;
    }
}
