package org.gridwatch.outreach;

import java.time.Clock;
import java.util.ArrayList;
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
import org.gridwatch.fieldwork.Satisfaction;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonKind;
import org.gridwatch.photo.PhotoContent;
import org.gridwatch.photo.PhotoView;
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

/** Legal consultations (法律咨询): logged, changed, listed and exported within the caller's scope. */
@Service
@Transactional
public class Consultations {

    static final int QUESTION_LENGTH = 2000;
    static final int ANSWER_LENGTH = 4000;

    private final ConsultationRepository records;
    private final RecordQueries queries;
    private final FactsRules rules;
    private final PersonDirectory people;
    private final RecordPhotos photos;
    private final AuditHistory audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Consultations(ConsultationRepository records, RecordQueries queries, FactsRules rules, PersonDirectory people,
            RecordPhotos photos, AuditHistory audit, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.queries = queries;
        this.rules = rules;
        this.people = people;
        this.photos = photos;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a consultation with its photos and publishes {@link FieldRecordSaved}. Throws
     * {@link RejectedInput} when a field breaks a rule (grid or people outside the scope, an answerer
     * who is not an officer or mediator of the scope, an answer without an answerer, a time in the future…) and
     * {@link RejectedInput} for a photo beyond the limits.
     */
    public ConsultationView create(ConsultationData data, List<MultipartFile> files, Recorder recorder,
            AreaScope scope) {
        check(data, scope, null);
        Consultation record = records.saveAndFlush(new Consultation(data, recorder, clock.instant()));
        photos.attach(RecordTable.CONSULTATION, record.getId(), files, recorder.accountId());
        return published(record);
    }

    /**
     * Changes a consultation within the scope (a 404 otherwise) and adds photos; {@link StaleEditException} when
     * {@code version} is not the current one, other refusals as for {@link #create}.
     */
    public ConsultationView change(long id, long version, ConsultationData data, List<MultipartFile> files,
            Long accountId, AreaScope scope) {
        Consultation record = load(id, scope);
        if (record.getVersion() != version) {
            throw new StaleEditException("Consultation", id);
        }
        check(data, scope, record.getGridId());
        record.change(data, clock.instant());
        records.saveAndFlush(record);
        photos.attach(RecordTable.CONSULTATION, id, files, accountId);
        return published(record);
    }

    /** One consultation within the scope, or a 404. */
    @Transactional(readOnly = true)
    public ConsultationView get(long id, AreaScope scope) {
        return load(id, scope).view();
    }

    /** A page of consultations matching the search ({@code category}: a channel); an area outside the scope is a 404. */
    @Transactional(readOnly = true)
    public ListPage<ConsultationView> search(OutreachSearch search, AreaScope scope, Pageable pageable) {
        ListPage<Long> ids = queries.page(RecordTable.CONSULTATION, search, "r.channel = :category",
                channel(search), scope, pageable);
        return ids.map(views(ids.getContent())::get);
    }

    /** Every consultation matching the search, in the list's order (at most {@code limit}): the export. */
    @Transactional(readOnly = true)
    public List<ConsultationView> export(OutreachSearch search, AreaScope scope, int limit) {
        List<Long> ids = queries.all(RecordTable.CONSULTATION, search, "r.channel = :category", channel(search),
                scope, limit);
        Map<Long, ConsultationView> views = views(ids);
        return ids.stream().map(views::get).toList();
    }

    /** The change history of a consultation within the scope, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id, AreaScope scope) {
        load(id, scope);
        return audit.of(Consultation.class, id);
    }

    /** The photos of a consultation within the scope. */
    @Transactional(readOnly = true)
    public List<PhotoView> photos(long id, AreaScope scope) {
        load(id, scope);
        return photos.of(RecordTable.CONSULTATION, id);
    }

    /** One photo (or its thumbnail) of a consultation within the scope; a 404 for anything else. */
    @Transactional(readOnly = true)
    public PhotoContent photo(long id, long photoId, boolean thumbnail, AreaScope scope) {
        load(id, scope);
        return photos.content(RecordTable.CONSULTATION, id, photoId, thumbnail);
    }

    /** The sorts a consultation list offers. */
    public static List<String> sorts() {
        return RecordTable.CONSULTATION.sorts;
    }

    private static String channel(OutreachSearch search) {
        ConsultationChannel channel = QueryParams.enumOrNull(ConsultationChannel.class, search.category());
        return channel == null ? null : channel.name();
    }

    private Map<Long, ConsultationView> views(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return records.findByIdIn(ids).stream().map(Consultation::view)
                .collect(Collectors.toMap(ConsultationView::id, Function.identity()));
    }

    private Consultation load(long id, AreaScope scope) {
        return records.findWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("Consultation", id));
    }

    private void check(ConsultationData data, AreaScope scope, Long currentGridId) {
        rules.check(data.facts(), scope, currentGridId);
        if (data.channel() == null) {
            throw new RejectedInput("channel", "NotNull");
        }
        FactsRules.requireText(data.question(), QUESTION_LENGTH, "question");
        FactsRules.optionalText(data.answer(), ANSWER_LENGTH, "answer");
        FactsRules.optionalText(data.satisfactionComment(), Satisfaction.COMMENT_LENGTH, "satisfactionComment");
        if (data.satisfaction() == null && data.satisfactionComment() != null
                && !data.satisfactionComment().isBlank()) {
            throw new RejectedInput("satisfactionComment", "fieldwork.satisfaction.commentWithoutAnswer");
        }
        if (data.answeredById() != null) {
            boolean answerer = people.find(data.answeredById(), scope)
                    .filter(p -> p.kind() == PersonKind.OFFICER || p.kind() == PersonKind.MEDIATOR).isPresent();
            if (!answerer) {
                throw new RejectedInput("answeredById", "outreach.answeredBy.invalid");
            }
        } else if (data.answer() != null && !data.answer().isBlank()) {
            throw new RejectedInput("answeredById", "outreach.answeredBy.required");
        }
    }

    private ConsultationView published(Consultation record) {
        ConsultationView view = record.view();
        events.publishEvent(saved(view));
        return view;
    }

    /** The event a save publishes, also replayed when the figures are rebuilt. */
    static FieldRecordSaved saved(ConsultationView view) {
        RecordFacts facts = view.facts();
        return new FieldRecordSaved(RecordKind.CONSULTATION, view.id(), List.of(facts.gridId()), null,
                facts.occurredAt(), null, view.channel().labelKey(), view.question(), answerers(view),
                facts.campaignId(), facts.lat(), facts.lon(), null, 0, view.satisfaction());
    }

    /** The people who did the work: those who took the question, and the answerer. */
    private static List<Long> answerers(ConsultationView view) {
        List<Long> ids = new ArrayList<>(view.facts().personIds());
        if (view.answeredById() != null && !ids.contains(view.answeredById())) {
            ids.add(view.answeredById());
        }
        return ids;
    }
}
