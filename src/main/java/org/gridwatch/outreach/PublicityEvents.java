package org.gridwatch.outreach;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridwatch.area.AreaScope;
import org.gridwatch.audit.AuditHistory;
import org.gridwatch.audit.HistoryEntry;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.photo.PhotoContent;
import org.gridwatch.photo.PhotoView;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.paging.ListPage;
import org.gridwatch.shared.web.QueryParams;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Publicity events (法律宣讲/专项宣传): logged, changed, listed and exported within the caller's scope. */
@Service
@Transactional
public class PublicityEvents {

    public static final int MAX_AUDIENCE = 100_000;
    static final int TITLE_LENGTH = 200;
    static final int VENUE_LENGTH = 200;

    private final PublicityEventRepository records;
    private final RecordQueries queries;
    private final FactsRules rules;
    private final PlaceDirectory places;
    private final RecordPhotos photos;
    private final AuditHistory audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicityEvents(PublicityEventRepository records, RecordQueries queries, FactsRules rules, PlaceDirectory places,
            RecordPhotos photos, AuditHistory audit, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.queries = queries;
        this.rules = rules;
        this.places = places;
        this.photos = photos;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a publicity event with its photos and publishes {@link FieldRecordSaved}. Throws
     * {@link RejectedInput} when a field breaks a rule (grid or people outside the scope, a place not in
     * the record's grid, neither place nor venue, an audience outside 0–100000…) and
     * {@link RejectedInput} for a photo beyond the limits.
     */
    public PublicityView create(PublicityData data, List<MultipartFile> files, Recorder recorder, AreaScope scope) {
        check(data, scope, null);
        PublicityEvent record = records.saveAndFlush(new PublicityEvent(data, recorder, clock.instant()));
        photos.attach(RecordTable.PUBLICITY, record.getId(), files, recorder.accountId());
        return published(record);
    }

    /**
     * Changes a publicity event within the scope (a 404 otherwise) and adds photos; {@link StaleEditException}
     * when {@code version} is not the current one, other refusals as for {@link #create}.
     */
    public PublicityView change(long id, long version, PublicityData data, List<MultipartFile> files, Long accountId,
            AreaScope scope) {
        PublicityEvent record = load(id, scope);
        if (record.getVersion() != version) {
            throw new StaleEditException("PublicityEvent", id);
        }
        check(data, scope, record.getGridId());
        record.change(data, clock.instant());
        records.saveAndFlush(record);
        photos.attach(RecordTable.PUBLICITY, id, files, accountId);
        return published(record);
    }

    /** One publicity event within the scope, or a 404. */
    @Transactional(readOnly = true)
    public PublicityView get(long id, AreaScope scope) {
        return load(id, scope).view();
    }

    /** A page of publicity events matching the search ({@code category}: a topic); an area outside the scope is a 404. */
    @Transactional(readOnly = true)
    public ListPage<PublicityView> search(OutreachSearch search, AreaScope scope, Pageable pageable) {
        ListPage<Long> ids = queries.page(RecordTable.PUBLICITY, search, "r.topic = :category", topic(search), scope,
                pageable);
        return ids.map(views(ids.getContent())::get);
    }

    /** Every publicity event matching the search, in the list's order (at most {@code limit}): the export. */
    @Transactional(readOnly = true)
    public List<PublicityView> export(OutreachSearch search, AreaScope scope, int limit) {
        List<Long> ids = queries.all(RecordTable.PUBLICITY, search, "r.topic = :category", topic(search), scope,
                limit);
        Map<Long, PublicityView> views = views(ids);
        return ids.stream().map(views::get).toList();
    }

    /** The change history of a publicity event within the scope, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id, AreaScope scope) {
        load(id, scope);
        return audit.of(PublicityEvent.class, id);
    }

    /** The photos of a publicity event within the scope. */
    @Transactional(readOnly = true)
    public List<PhotoView> photos(long id, AreaScope scope) {
        load(id, scope);
        return photos.of(RecordTable.PUBLICITY, id);
    }

    /** One photo (or its thumbnail) of a publicity event within the scope; a 404 for anything else. */
    @Transactional(readOnly = true)
    public PhotoContent photo(long id, long photoId, boolean thumbnail, AreaScope scope) {
        load(id, scope);
        return photos.content(RecordTable.PUBLICITY, id, photoId, thumbnail);
    }

    /** The sorts a publicity list offers. */
    public static List<String> sorts() {
        return RecordTable.PUBLICITY.sorts;
    }

    private static String topic(OutreachSearch search) {
        PublicityTopic topic = QueryParams.enumOrNull(PublicityTopic.class, search.category());
        return topic == null ? null : topic.name();
    }

    private Map<Long, PublicityView> views(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return records.findByIdIn(ids).stream().map(PublicityEvent::view)
                .collect(Collectors.toMap(PublicityView::id, Function.identity()));
    }

    private PublicityEvent load(long id, AreaScope scope) {
        return records.findWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("PublicityEvent", id));
    }

    private void check(PublicityData data, AreaScope scope, Long currentGridId) {
        rules.check(data.facts(), scope, currentGridId);
        if (data.topic() == null) {
            throw new RejectedInput("topic", "NotNull");
        }
        FactsRules.requireText(data.title(), TITLE_LENGTH, "title");
        FactsRules.optionalText(data.venue(), VENUE_LENGTH, "venue");
        if (data.placeId() != null) {
            boolean inGrid = places.find(data.placeId(), scope)
                    .filter(p -> p.gridId() == data.facts().gridId()).isPresent();
            if (!inGrid) {
                throw new RejectedInput("placeId", "outreach.place.notInGrid");
            }
        } else if (data.venue() == null || data.venue().isBlank()) {
            throw new RejectedInput("venue", "outreach.placeOrVenue");
        }
        if (data.audienceSize() < 0 || data.audienceSize() > MAX_AUDIENCE) {
            throw new RejectedInput("audienceSize", "outreach.audience.range");
        }
    }

    private PublicityView published(PublicityEvent record) {
        PublicityView view = record.view();
        events.publishEvent(saved(view));
        return view;
    }

    /** The event a save publishes, also replayed when the figures are rebuilt. */
    static FieldRecordSaved saved(PublicityView view) {
        RecordFacts facts = view.facts();
        return new FieldRecordSaved(RecordKind.PUBLICITY, view.id(), List.of(facts.gridId()),
                view.placeId(), facts.occurredAt(), null, view.topic().labelKey(), view.title(), facts.personIds(),
                facts.campaignId(), facts.lat(), facts.lon(), null, view.audienceSize());
    }
}
