package org.gridwatch.tip;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaType;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FindingFollowedUp;
import org.gridwatch.fieldwork.Origin;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.RoleSet;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.photo.PhotoOwner;
import org.gridwatch.photo.Photos;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.Text;
import org.gridwatch.shared.web.NotAllowedException;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Records tips, moves them through their states and reveals sealed sources. Every write is one transaction that
 * also publishes {@link FieldRecordSaved} (never with the source in it). Callers check roles; this facade checks
 * scope, rules and versions, except {@link #reveal}, which insists on a supervisor itself.
 */
@Service
@Transactional
public class TipManagement {

    /** Who may see a tip's sealed source; the tip pages' rule for revealing is the same set. */
    public static final RoleSet REVEALERS = RoleSet.SUPERVISORS;

    /** How far ahead of the server's clock a phone's time may be. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(10);
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final int SUMMARY_LENGTH = 80;

    private final TipRepository tips;
    private final TipSourceRepository sources;
    private final TipRevealRepository reveals;
    private final AreaDirectory areas;
    private final PersonDirectory people;
    private final Photos photos;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TipManagement(TipRepository tips, TipSourceRepository sources, TipRevealRepository reveals, AreaDirectory areas,
            PersonDirectory people, Photos photos, ApplicationEventPublisher events, Clock clock) {
        this.tips = tips;
        this.sources = sources;
        this.reveals = reveals;
        this.areas = areas;
        this.people = people;
        this.photos = photos;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a new tip (status RECEIVED) in a grid of the scope, seals its source and attaches the photos.
     * Publishes {@link FieldRecordSaved}, and {@link FindingFollowedUp} when {@code data.origin()} names a record.
     * Throws {@link RejectedInput} for a rule broken by the input.
     */
    public long create(TipData data, List<MultipartFile> files, Recorder by, AreaScope scope) {
        check(data, scope, null, false);
        Instant now = clock.instant();
        Optional<Origin> origin = Origin.parse(data.origin());
        Tip tip = new Tip(data, origin.map(Origin::text).orElse(null), by, now);
        boolean sealed = data.sourceKind().hasIdentity();
        if (sealed) {
            tip.sourceChanged(now);
        }
        tip = tips.saveAndFlush(tip);
        long id = tip.getId();
        if (sealed) {
            sources.save(new TipSource(id, Text.strippedOrNull(data.sourceName()), Text.strippedOrNull(data.sourceContact())));
        }
        photos.attach(photoOwner(id), files, by.accountId());
        publish(tip);
        origin.ifPresent(o -> events.publishEvent(new FindingFollowedUp(o, RecordKind.TIP, id)));
        return id;
    }

    /**
     * Changes an open tip of the scope. Blank source fields keep the sealed identity; filled ones replace it; an
     * anonymous source removes it. Throws {@link StaleEditException} when {@code version} is not current,
     * {@link NotAllowedException} for a closed tip, {@link RejectedInput} as for {@link #create}.
     */
    public void change(long id, long version, TipData data, List<MultipartFile> files, Recorder by,
            AreaScope scope) {
        Tip tip = current(id, version, scope);
        if (!tip.getStatus().isOpen()) {
            throw new NotAllowedException("tip " + id + " is closed");
        }
        Optional<TipSource> stored = sources.findById(id).filter(s -> !s.isEmpty());
        check(data, scope, tip.getGridId(), stored.isPresent());
        Instant now = clock.instant();
        String name = Text.strippedOrNull(data.sourceName());
        String contact = Text.strippedOrNull(data.sourceContact());
        if (!data.sourceKind().hasIdentity()) {
            if (stored.isPresent()) {
                sources.delete(stored.get());
                tip.sourceChanged(now);
            }
        } else if (name != null || contact != null) {
            TipSource source = sources.findById(id).orElseGet(() -> new TipSource(id, null, null));
            source.replace(name, contact);
            sources.save(source);
            tip.sourceChanged(now);
        }
        tip.change(data, now);
        tips.saveAndFlush(tip);
        photos.attach(photoOwner(id), files, by.accountId());
        publish(tip);
    }

    /** RECEIVED → VERIFIED; {@link NotAllowedException} from any other state. */
    public void verify(long id, long version, Recorder by, AreaScope scope) {
        Tip tip = current(id, version, scope);
        tip.verify(by, clock.instant());
        publish(tips.saveAndFlush(tip));
    }

    /** VERIFIED → HANDED_OVER to the named unit (required); {@link NotAllowedException} from any other state. */
    public void handOver(long id, long version, String unit, Recorder by, AreaScope scope) {
        Tip tip = current(id, version, scope);
        tip.handOver(unit, by, clock.instant());
        publish(tips.saveAndFlush(tip));
    }

    /** RECEIVED or VERIFIED → DISMISSED with a reason (required); {@link NotAllowedException} once closed. */
    public void dismiss(long id, long version, String reason, Recorder by, AreaScope scope) {
        Tip tip = current(id, version, scope);
        tip.dismiss(reason, by, clock.instant());
        publish(tips.saveAndFlush(tip));
    }

    /**
     * Shows a tip's sealed source to a supervisor who states why (4–500 characters), writing the access-log row
     * (who, when, which tip, reason) in the same transaction. Anyone but a SUPERVISOR gets a 403, a tip outside
     * their scope a 404, a tip without a sealed identity a 409.
     */
    public RevealedSource reveal(long id, String reason, SignedInUser user) {
        if (!user.hasAny(REVEALERS)) {
            throw new AccessDeniedException("Only supervisors reveal sealed sources");
        }
        AreaScope scope = areas.scopeOf(user);
        Tip tip = tips.findWithin(id, scope.pathPrefix()).orElseThrow(() -> new RecordNotFoundException("Tip", id));
        String why = Text.strippedOrNull(reason);
        if (why == null || why.codePointCount(0, why.length()) < TipReveal.REASON_MIN
                || why.length() > TipReveal.REASON_MAX) {
            throw new RejectedInput("reason", "tip.reveal.reason.size");
        }
        TipSource source = sources.findById(id).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new NotAllowedException("tip " + id + " has no sealed source"));
        reveals.save(new TipReveal(tip.getId(), user.accountId(), user.displayName(), clock.instant(), why));
        return new RevealedSource(id, source.getName(), source.getContact());
    }

    static PhotoOwner photoOwner(long tipId) {
        return new PhotoOwner(TipDirectory.PHOTO_OWNER_TYPE, tipId);
    }

    private Tip current(long id, long version, AreaScope scope) {
        Tip tip = tips.findWithin(id, scope.pathPrefix()).orElseThrow(() -> new RecordNotFoundException("Tip", id));
        if (tip.getVersion() != version) {
            throw new StaleEditException("Tip", id);
        }
        return tip;
    }

    private void publish(Tip tip) {
        events.publishEvent(saved(tip));
    }

    /** The event a save of the tip publishes (also replayed when figures are rebuilt); never the source. */
    static FieldRecordSaved saved(Tip tip) {
        return new FieldRecordSaved(RecordKind.TIP, tip.getId(), List.of(tip.getGridId()), null,
                tip.getOccurredAt(), null, tip.getCategory().labelKey(), summary(tip.getContent()),
                tip.getPersonIds(), tip.getCampaignId(), tip.getLatitude(), tip.getLongitude(),
                tip.getStatus().labelKey(), 0);
    }

    /** A timeline line: the start of the content (the source is never part of it). */
    static String summary(String content) {
        String flat = content.replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= SUMMARY_LENGTH) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, SUMMARY_LENGTH - 1)) + "…";
    }

    /** The rules of the input; {@code currentGrid} may stay even if retired since, on a change. */
    private void check(TipData data, AreaScope scope, Long currentGrid, boolean hasStoredSource) {
        if (data.category() == null) {
            throw new RejectedInput("category", "NotNull");
        }
        if (data.content() == null || data.content().isBlank()) {
            throw new RejectedInput("content", "NotBlank");
        }
        if (data.content().strip().length() > Tip.CONTENT_LENGTH) {
            throw new RejectedInput("content", "tip.content.tooLong");
        }
        if (data.notes() != null && data.notes().strip().length() > Tip.NOTES_LENGTH) {
            throw new RejectedInput("notes", "tip.notes.tooLong");
        }
        if (data.sourceKind() == null) {
            throw new RejectedInput("sourceKind", "NotNull");
        }
        checkSource(data, hasStoredSource);
        boolean gridOk = areas.find(data.gridId(), scope)
                .filter(a -> a.type() == AreaType.GRID && (!a.retired() || Long.valueOf(a.id()).equals(currentGrid)))
                .isPresent();
        if (!gridOk) {
            throw new RejectedInput("gridId", "tip.grid.invalid");
        }
        if (data.personIds().isEmpty()) {
            throw new RejectedInput("personIds", "tip.people.required");
        }
        if (data.personIds().stream().anyMatch(p -> p == null || people.find(p, scope).isEmpty())) {
            throw new RejectedInput("personIds", "tip.people.outside");
        }
        if (data.occurredAt() == null) {
            throw new RejectedInput("occurredAt", "NotNull");
        }
        if (data.occurredAt().isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            throw new RejectedInput("occurredAt", "tip.occurredAt.future");
        }
        if (data.occurredAt().isBefore(EARLIEST)) {
            throw new RejectedInput("occurredAt", "tip.occurredAt.past");
        }
        if ((data.lat() == null) != (data.lon() == null)
                || data.lat() != null && (outside(data.lat(), 90) || outside(data.lon(), 180))) {
            throw new RejectedInput("gridId", "tip.point.invalid");
        }
        if (data.campaignId() != null && data.campaignId() <= 0) {
            throw new RejectedInput("campaignId", "Positive");
        }
    }

    private static void checkSource(TipData data, boolean hasStoredSource) {
        String name = Text.strippedOrNull(data.sourceName());
        String contact = Text.strippedOrNull(data.sourceContact());
        if (name != null && name.length() > TipSource.LENGTH) {
            throw new RejectedInput("sourceName", "tip.source.tooLong");
        }
        if (contact != null && contact.length() > TipSource.LENGTH) {
            throw new RejectedInput("sourceContact", "tip.source.tooLong");
        }
        if (!data.sourceKind().hasIdentity() && (name != null || contact != null)) {
            throw new RejectedInput("sourceName", "tip.source.anonymous");
        }
        if (data.sourceKind().hasIdentity() && name == null && contact == null && !hasStoredSource) {
            throw new RejectedInput("sourceName", "tip.source.required");
        }
    }

    /** Out of range, or not a number at all ("NaN" and "Infinity" parse as doubles). */
    private static boolean outside(double value, double limit) {
        return !Double.isFinite(value) || Math.abs(value) > limit;
    }
}
