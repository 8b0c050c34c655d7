package org.gridwatch.tip;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.audit.AuditHistory;
import org.gridwatch.audit.HistoryEntry;
import org.gridwatch.fieldwork.Origin;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.photo.PhotoOwner;
import org.gridwatch.shared.paging.BoundedCount;
import org.gridwatch.shared.paging.ListPage;
import org.gridwatch.shared.paging.ListPaging;
import org.gridwatch.shared.spreadsheet.Spreadsheets;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads tips for pages, exports and other modules, always within a scope applied in SQL, and always with the
 * source masked. The access log of reveals is read here too.
 */
@Service
@Transactional(readOnly = true)
public class TipDirectory {

    /** The owner type of a tip's photos. */
    public static final String PHOTO_OWNER_TYPE = "tip";
    /** An export holds at most this many rows (the filters narrow it). */
    public static final int EXPORT_LIMIT = Spreadsheets.MAX_ROWS;

    /** The status tabs count no further than this ("1,000+"). */
    static final int STATUS_COUNT_LIMIT = 1000;

    private final TipRepository tips;
    private final TipSourceRepository sources;
    private final AreaDirectory areas;
    private final PersonDirectory people;
    private final AuditHistory audit;
    private final JdbcClient jdbc;
    private final ListPaging paging;

    TipDirectory(TipRepository tips, TipSourceRepository sources, AreaDirectory areas, PersonDirectory people,
            AuditHistory audit, JdbcClient jdbc, ListPaging paging) {
        this.paging = paging;
        this.tips = tips;
        this.sources = sources;
        this.areas = areas;
        this.people = people;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** One tip, if its grid lies within the scope. */
    public Optional<TipView> find(long id, AreaScope scope) {
        return tips.findWithin(id, scope.pathPrefix())
                .map(tip -> views(List.of(tip), new HashMap<>(), new HashMap<>()).get(0));
    }

    /** One tip within the scope, or a 404 for the user. */
    public TipView get(long id, AreaScope scope) {
        return find(id, scope).orElseThrow(() -> new RecordNotFoundException("Tip", id));
    }

    /** The owner of a tip's photos: ask for them only after {@link #get} has found the tip in the user's scope. */
    public static PhotoOwner photoOwner(long tipId) {
        return TipManagement.photoOwner(tipId);
    }

    /**
     * A page of tips under {@code pathPrefix} (an area of the user's scope, as resolved by
     * {@code FieldworkChoices.pathPrefix}) matching the search.
     */
    public ListPage<TipView> search(TipSearch search, String pathPrefix, Pageable pageable) {
        RecordFilter f = search.filter();
        ListPage<Tip> page = paging.page(pageable,
                (limit, offset) -> tips.search(pathPrefix, f.fromInstant(), f.toExclusive(), name(search.category()),
                        name(search.status()), f.personId(), f.campaignId(), search.sort(), limit, offset),
                max -> tips.countUpTo(pathPrefix, f.fromInstant(), f.toExclusive(), name(search.category()),
                        name(search.status()), f.personId(), f.campaignId(), max));
        List<TipView> views = pageViews(page.getContent());
        return new ListPage<>(views, page.getPageable(), page.hasNext(), page.getCount());
    }

    /** Every tip the search finds under {@code pathPrefix} (at most {@link #EXPORT_LIMIT}), in the list's order. */
    public List<TipView> export(TipSearch search, String pathPrefix) {
        RecordFilter f = search.filter();
        return listViews(tips.searchAll(pathPrefix, f.fromInstant(), f.toExclusive(), name(search.category()),
                name(search.status()), f.personId(), f.campaignId(), search.sort(), EXPORT_LIMIT), pathPrefix);
    }

    /**
     * How many tips the search finds under {@code pathPrefix}, by status (every status present, zero or not), each
     * counted no further than {@link #STATUS_COUNT_LIMIT} (four counts on every list request: each stays a few
     * thousand index entries at most).
     */
    public Map<TipStatus, BoundedCount> countByStatus(TipSearch search, String pathPrefix) {
        RecordFilter f = search.filter();
        int limit = Math.min(STATUS_COUNT_LIMIT, paging.countLimit());
        Map<TipStatus, BoundedCount> counts = new EnumMap<>(TipStatus.class);
        for (TipStatus status : TipStatus.values()) {
            long counted = tips.countWithStatusUpTo(pathPrefix, f.fromInstant(), f.toExclusive(), status.name(),
                    name(search.category()), f.personId(), f.campaignId(), limit + 1);
            counts.put(status, BoundedCount.of(counted, limit));
        }
        return counts;
    }

    /** The change history of a tip within the scope, newest first (the sealed source is never part of it). */
    public List<HistoryEntry> history(long id, AreaScope scope) {
        get(id, scope);
        return audit.of(Tip.class, id);
    }

    /** The reveals of one tip within the scope, newest first. */
    public List<RevealView> revealsOf(long tipId, AreaScope scope) {
        get(tipId, scope);
        return labelled(jdbc.sql(REVEALS + " and r.tip_id = ? order by r.revealed_at desc, r.id desc")
                .params(scope.pathPrefix(), tipId).query(this::reveal).list());
    }

    /** A page of the access log: reveals of tips under {@code pathPrefix} between the filter's dates, newest first. */
    public ListPage<RevealView> reveals(RecordFilter filter, String pathPrefix, Pageable pageable) {
        Timestamp from = Timestamp.from(filter.fromInstant());
        Timestamp to = Timestamp.from(filter.toExclusive());
        String between = REVEALS + " and r.revealed_at >= ? and r.revealed_at < ?";
        ListPage<RevealView> page = paging.page(pageable,
                (limit, offset) -> jdbc.sql(between + " order by r.revealed_at desc, r.id desc limit ? offset ?")
                        .params(pathPrefix, from, to, limit, offset).query(this::reveal).list(),
                max -> jdbc.sql("select count(*) from (" + between + " limit ?) bounded")
                        .params(pathPrefix, from, to, max).query(Long.class).single());
        return new ListPage<>(labelled(page.getContent()), page.getPageable(), page.hasNext(), page.getCount());
    }

    private List<RevealView> labelled(List<RevealView> rows) {
        Map<Long, String> labels = new HashMap<>();
        return rows.stream().map(r -> new RevealView(r.id(), r.tipId(), r.category(), r.gridId(),
                labels.computeIfAbsent(r.gridId(), areas::label), r.revealedAt(), r.revealedBy(), r.revealedByName(),
                r.reason())).toList();
    }

    private static final String REVEALS = """
            select r.id, r.tip_id, t.category, t.grid_id, r.revealed_at, r.revealed_by, r.revealed_by_name, r.reason
            from tip_source_reveal r join tip t on t.id = r.tip_id
            where t.grid_id in (select a.id from area a where a.path like ? || '%')
            """;

    private RevealView reveal(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new RevealView(rs.getLong("id"), rs.getLong("tip_id"), TipCategory.valueOf(rs.getString("category")),
                rs.getLong("grid_id"), null, rs.getTimestamp("revealed_at").toInstant(), rs.getLong("revealed_by"),
                rs.getString("revealed_by_name"), rs.getString("reason"));
    }

    /**
     * Rows of a list or export: the grid labels ("社区 › 网格") and the names of the active people under the prefix
     * are read once for all rows; anything else (a retired grid, a person since gone) one by one.
     */
    private List<TipView> listViews(List<Tip> found, String pathPrefix) {
        if (found.isEmpty()) {
            return List.of();
        }
        AreaScope within = new AreaScope(pathPrefix);
        Map<Long, String> grids = new HashMap<>();
        areas.gridChoices(within).forEach(choice -> grids.put(choice.value(), choice.label()));
        Map<Long, String> names = new HashMap<>();
        people.activeWithin(within, null).forEach(person -> names.put(person.id(), person.name()));
        return views(found, grids, names);
    }

    /** Views of one page: only its own grids ("社区 › 网格") and people are looked up, not the whole scope's. */
    private List<TipView> pageViews(List<Tip> found) {
        Map<Long, String> grids = new HashMap<>();
        for (Tip tip : found) {
            grids.computeIfAbsent(tip.getGridId(), id -> areas.find(id).map(g -> g.parentId() == null ? g.name()
                    : areas.find(g.parentId()).map(c -> c.name() + " › " + g.name()).orElse(g.name()))
                    .orElse(null));
        }
        return views(found, grids, new HashMap<>());
    }

    private List<TipView> views(List<Tip> found, Map<Long, String> grids, Map<Long, String> names) {
        List<Long> ids = found.stream().map(Tip::getId).toList();
        Map<Long, TipSource> sealed = new HashMap<>();
        sources.findAllById(ids).forEach(s -> sealed.put(s.getTipId(), s));
        List<TipView> views = new ArrayList<>(found.size());
        for (Tip tip : found) {
            TipSource source = sealed.get(tip.getId());
            boolean hasIdentity = source != null && !source.isEmpty();
            List<Long> personIds = tip.getPersonIds();
            List<String> peopleNames = personIds.stream()
                    .map(id -> names.computeIfAbsent(id, p -> people.find(p).map(PersonSummary::name).orElse("#" + p)))
                    .toList();
            views.add(new TipView(tip.getId(), tip.getCategory(), tip.getContent(), tip.getSourceKind(), hasIdentity,
                    hasIdentity ? SourceMask.name(source.getName()) : null,
                    hasIdentity ? SourceMask.contact(source.getContact()) : null,
                    tip.getGridId(), grids.computeIfAbsent(tip.getGridId(), areas::label), tip.getOccurredAt(),
                    personIds, peopleNames, tip.getNotes(), tip.getLatitude(), tip.getLongitude(),
                    tip.getCampaignId(), Origin.parse(tip.getOrigin()).orElse(null), tip.getStatus(),
                    tip.getVerifiedAt(), tip.getVerifiedByName(), tip.getHandedOverTo(), tip.getHandedOverAt(),
                    tip.getHandedOverByName(), tip.getDismissalReason(), tip.getDismissedAt(),
                    tip.getDismissedByName(), tip.getRecordedByName(), tip.getRecordedAt(), tip.getUpdatedAt(),
                    tip.getVersion()));
        }
        return views;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
