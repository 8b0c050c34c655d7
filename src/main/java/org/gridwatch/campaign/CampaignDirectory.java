package org.gridwatch.campaign;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridwatch.area.AreaChoice;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.audit.AuditHistory;
import org.gridwatch.audit.HistoryEntry;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.stats.Statistics;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads campaigns for a scope. A campaign is seen where any of its areas overlaps the scope (a branch-wide
 * campaign is seen in each of its stations), and its progress there counts only the part inside the scope.
 */
@Service
@Transactional(readOnly = true)
public class CampaignDirectory {

    /** A list query: an area whose campaigns to show (null: all of the scope) and a state (null: any). */
    public record Search(Long areaId, CampaignState state) {
    }

    private static final String VISIBLE = """
            exists (select 1 from campaign_area ca join area a on a.id = ca.area_id
                    where ca.campaign_id = c.id and (a.path like :scope || '%' or :scope like a.path || '%'))
            """;

    private final CampaignRepository campaigns;
    private final AreaDirectory areas;
    private final Statistics statistics;
    private final AuditHistory auditHistory;
    private final JdbcClient jdbc;

    CampaignDirectory(CampaignRepository campaigns, AreaDirectory areas, Statistics statistics,
            AuditHistory auditHistory, JdbcClient jdbc) {
        this.campaigns = campaigns;
        this.areas = areas;
        this.statistics = statistics;
        this.auditHistory = auditHistory;
        this.jdbc = jdbc;
    }

    /** A campaign that reaches into the scope, or a 404. */
    public CampaignView get(long id, AreaScope scope) {
        boolean visible = jdbc.sql("select exists (select 1 from campaign c where c.id = :id and " + VISIBLE + ")")
                .param("id", id).param("scope", scope.pathPrefix()).query(Boolean.class).single();
        if (!visible) {
            throw new RecordNotFoundException("Campaign", id);
        }
        return view(campaigns.findById(id).orElseThrow(() -> new RecordNotFoundException("Campaign", id)));
    }

    /** A campaign the scope may change (all its areas inside it), or a 404. */
    public CampaignView getOwned(long id, AreaScope scope) {
        return view(campaigns.findOwnedWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("Campaign", id)));
    }

    /** Whether the scope may change the campaign. */
    public boolean owns(long id, AreaScope scope) {
        return campaigns.findOwnedWithin(id, scope.pathPrefix()).isPresent();
    }

    /** The campaigns seen in the scope (narrowed to those overlapping an area of it), newest first. */
    public Page<CampaignRow> search(Search search, AreaScope scope, LocalDate today, Pageable pageable) {
        String prefix = scope.pathPrefix();
        if (search.areaId() != null) {
            prefix = areas.get(search.areaId(), scope).path();
        }
        String where = " where " + VISIBLE + """
                 and (cast(:state as varchar) is null
                      or (:state = 'UPCOMING' and c.starts_on > :today)
                      or (:state = 'RUNNING' and :today between c.starts_on and c.ends_on)
                      or (:state = 'ENDED' and c.ends_on < :today))
                """;
        String state = search.state() == null ? null : search.state().name();
        long total = jdbc.sql("select count(*) from campaign c" + where).param("scope", prefix)
                .param("state", state).param("today", Date.valueOf(today)).query(Long.class).single();
        List<CampaignRow> rows = jdbc.sql("""
                select c.id, c.name, c.starts_on, c.ends_on,
                       (select string_agg(a.name, '、' order by a.path) from campaign_area ca
                        join area a on a.id = ca.area_id where ca.campaign_id = c.id)
                from campaign c""" + where + " order by c.starts_on desc, c.id desc limit :limit offset :offset")
                .param("scope", prefix).param("state", state).param("today", Date.valueOf(today))
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> new CampaignRow(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate(), rs.getString(5), CampaignState.of(rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate(), today)))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** A campaign's change history, newest first; a 404 outside the scope. */
    public List<HistoryEntry> history(long id, AreaScope scope) {
        get(id, scope);
        return auditHistory.of(Campaign.class, id);
    }

    /**
     * The campaign's progress on {@code today} within the scope: its areas (or the scope's part of them), the
     * child areas as parts when it covers one area, and the live grids under them.
     */
    public CampaignProgress progress(long id, AreaScope scope, LocalDate today) {
        CampaignView campaign = get(id, scope);
        List<String> prefixes = new ArrayList<>();
        for (CampaignView.CoveredArea area : campaign.areas()) {
            if (area.path().startsWith(scope.pathPrefix())) {
                prefixes.add(area.path());
            } else if (scope.pathPrefix().startsWith(area.path())) {
                prefixes.add(scope.pathPrefix());
            }
        }
        List<CampaignProgress.Part> parts = new ArrayList<>();
        if (prefixes.size() == 1) {
            long rootId = lastId(prefixes.get(0));
            for (AreaSummary child : areas.children(rootId, scope)) {
                if (!child.retired()) {
                    parts.add(new CampaignProgress.Part(child.id(), child.name(), child.path()));
                }
            }
        } else {
            for (String prefix : prefixes) {
                long areaId = lastId(prefix);
                parts.add(new CampaignProgress.Part(areaId, areas.find(areaId).map(AreaSummary::name).orElse(""),
                        prefix));
            }
        }
        List<CampaignProgress.Part> grids = new ArrayList<>();
        for (String prefix : prefixes) {
            AreaScope part = new AreaScope(prefix);
            Map<Long, String> labels = new LinkedHashMap<>();
            for (AreaChoice choice : areas.gridChoices(part)) {
                labels.put(choice.value(), choice.label());
            }
            for (AreaSummary grid : areas.liveWithin(part, AreaType.GRID)) {
                grids.add(new CampaignProgress.Part(grid.id(), labels.getOrDefault(grid.id(), grid.name()),
                        grid.path()));
            }
        }
        grids.sort(Comparator.comparing(CampaignProgress.Part::path));
        Set<RecordKind> untagged = EnumSet.noneOf(RecordKind.class);
        campaign.targets().stream().filter(t -> !t.kind().tagged()).forEach(t -> untagged.add(t.kind().recordKind()));
        return CampaignProgress.of(campaign, today,
                statistics.ofCampaign(id, prefixes, campaign.startsOn(), campaign.endsOn(), untagged), parts, grids);
    }

    private static long lastId(String path) {
        String[] parts = path.split("/");
        return Long.parseLong(parts[parts.length - 1]);
    }

    private CampaignView view(Campaign c) {
        List<CampaignView.CoveredArea> covered = c.getAreaIds().stream()
                .map(id -> areas.find(id).map(a -> new CampaignView.CoveredArea(a.id(), a.name(), a.path()))
                        .orElse(new CampaignView.CoveredArea(id, "#" + id, "~")))
                .sorted(Comparator.comparing(CampaignView.CoveredArea::path)).toList();
        return new CampaignView(c.getId(), c.getName(), c.getStartsOn(), c.getEndsOn(), covered, c.targetList(),
                c.getDescription(), c.getUpdatedAt(), c.getVersion());
    }
}
