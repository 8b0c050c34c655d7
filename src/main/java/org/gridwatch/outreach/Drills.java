package org.gridwatch.outreach;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridwatch.area.AreaScope;
import org.gridwatch.audit.AuditHistory;
import org.gridwatch.audit.HistoryEntry;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.photo.PhotoContent;
import org.gridwatch.photo.PhotoView;
import org.gridwatch.place.PartnerDirectory;
import org.gridwatch.place.PartnerView;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.paging.ListPage;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Drills with partner units (演练): logged, changed, listed and exported within the caller's scope. */
@Service
@Transactional
public class Drills {

    public static final int MAX_PARTNER_PARTICIPANTS = 100_000;
    static final int SCENARIO_LENGTH = 1000;
    static final int MAX_PARTNERS = 20;

    private final DrillRepository records;
    private final RecordQueries queries;
    private final FactsRules rules;
    private final PartnerDirectory partners;
    private final RecordPhotos photos;
    private final AuditHistory audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Drills(DrillRepository records, RecordQueries queries, FactsRules rules, PartnerDirectory partners,
            RecordPhotos photos, AuditHistory audit, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.queries = queries;
        this.rules = rules;
        this.partners = partners;
        this.photos = photos;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a drill with its photos and publishes {@link FieldRecordSaved}. Throws
     * {@link RejectedInput} when a field breaks a rule (grid or people outside the scope, no partner
     * unit or one that does not work in the scope, a partner head count outside 0–100000…) and
     * {@link RejectedInput} for a photo beyond the limits.
     */
    public DrillView create(DrillData data, List<MultipartFile> files, Recorder recorder, AreaScope scope) {
        check(data, scope, null);
        Drill record = records.saveAndFlush(new Drill(data, recorder, clock.instant()));
        photos.attach(RecordTable.DRILL, record.getId(), files, recorder.accountId());
        return published(record);
    }

    /**
     * Changes a drill within the scope (a 404 otherwise) and adds photos; {@link StaleEditException} when
     * {@code version} is not the current one, other refusals as for {@link #create}.
     */
    public DrillView change(long id, long version, DrillData data, List<MultipartFile> files, Long accountId,
            AreaScope scope) {
        Drill record = load(id, scope);
        if (record.getVersion() != version) {
            throw new StaleEditException("Drill", id);
        }
        check(data, scope, record.getGridId());
        record.change(data, clock.instant());
        records.saveAndFlush(record);
        photos.attach(RecordTable.DRILL, id, files, accountId);
        return published(record);
    }

    /** One drill within the scope, or a 404. */
    @Transactional(readOnly = true)
    public DrillView get(long id, AreaScope scope) {
        return load(id, scope).view();
    }

    /** A page of drills matching the search; an area outside the scope is a 404. */
    @Transactional(readOnly = true)
    public ListPage<DrillView> search(OutreachSearch search, AreaScope scope, Pageable pageable) {
        ListPage<Long> ids = queries.page(RecordTable.DRILL, search, null, null, scope, pageable);
        return ids.map(views(ids.getContent())::get);
    }

    /** Every drill matching the search, in the list's order (at most {@code limit}): the export. */
    @Transactional(readOnly = true)
    public List<DrillView> export(OutreachSearch search, AreaScope scope, int limit) {
        List<Long> ids = queries.all(RecordTable.DRILL, search, null, null, scope, limit);
        Map<Long, DrillView> views = views(ids);
        return ids.stream().map(views::get).toList();
    }

    /** The partner units a drill of the scope may name: those working in it (see {@link PartnerDirectory#serving}). */
    @Transactional(readOnly = true)
    public List<PartnerView> partnerChoices(AreaScope scope) {
        return partners.serving(scope);
    }

    /** The change history of a drill within the scope, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id, AreaScope scope) {
        load(id, scope);
        return audit.of(Drill.class, id);
    }

    /** The photos of a drill within the scope. */
    @Transactional(readOnly = true)
    public List<PhotoView> photos(long id, AreaScope scope) {
        load(id, scope);
        return photos.of(RecordTable.DRILL, id);
    }

    /** One photo (or its thumbnail) of a drill within the scope; a 404 for anything else. */
    @Transactional(readOnly = true)
    public PhotoContent photo(long id, long photoId, boolean thumbnail, AreaScope scope) {
        load(id, scope);
        return photos.content(RecordTable.DRILL, id, photoId, thumbnail);
    }

    /** The sorts a drill list offers. */
    public static List<String> sorts() {
        return RecordTable.DRILL.sorts;
    }

    private Map<Long, DrillView> views(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return records.findByIdIn(ids).stream().map(Drill::view)
                .collect(Collectors.toMap(DrillView::id, Function.identity()));
    }

    private Drill load(long id, AreaScope scope) {
        return records.findWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("Drill", id));
    }

    private void check(DrillData data, AreaScope scope, Long currentGridId) {
        rules.check(data.facts(), scope, currentGridId);
        if (data.partnerUnitIds().isEmpty()) {
            throw new RejectedInput("partnerUnitIds", "outreach.partners.required");
        }
        if (data.partnerUnitIds().size() > MAX_PARTNERS) {
            throw new RejectedInput("partnerUnitIds", "outreach.partners.invalid");
        }
        Set<Long> serving = partners.serving(scope).stream().map(PartnerView::id).collect(Collectors.toSet());
        if (!serving.containsAll(data.partnerUnitIds())) {
            throw new RejectedInput("partnerUnitIds", "outreach.partners.invalid");
        }
        FactsRules.requireText(data.scenario(), SCENARIO_LENGTH, "scenario");
        if (data.partnerParticipants() < 0 || data.partnerParticipants() > MAX_PARTNER_PARTICIPANTS) {
            throw new RejectedInput("partnerParticipants", "outreach.partnerParticipants.range");
        }
    }

    private DrillView published(Drill record) {
        DrillView view = record.view();
        events.publishEvent(saved(view));
        return view;
    }

    /** The event a save publishes, also replayed when the figures are rebuilt. */
    static FieldRecordSaved saved(DrillView view) {
        RecordFacts facts = view.facts();
        return new FieldRecordSaved(RecordKind.DRILL, view.id(), List.of(facts.gridId()), null,
                facts.occurredAt(), null, RecordKind.DRILL.labelKey(), view.scenario(), facts.personIds(),
                facts.campaignId(), facts.lat(), facts.lon());
    }
}
