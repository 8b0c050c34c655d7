package org.gridwatch.demo;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gridwatch.area.AreaScope;
import org.gridwatch.campaign.CampaignData;
import org.gridwatch.campaign.CampaignManagement;
import org.gridwatch.campaign.TargetData;
import org.gridwatch.campaign.TargetKind;
import org.gridwatch.campaign.TargetUnit;
import org.gridwatch.outreach.FieldFacts;
import org.gridwatch.outreach.PublicityData;
import org.gridwatch.outreach.PublicityEvents;
import org.gridwatch.outreach.PublicityView;
import org.gridwatch.outreach.RecordFacts;
import org.gridwatch.patrol.PatrolData;
import org.gridwatch.patrol.PatrolDirectory;
import org.gridwatch.patrol.PatrolManagement;
import org.gridwatch.patrol.PatrolView;
import org.gridwatch.visit.VisitData;
import org.gridwatch.visit.VisitDirectory;
import org.gridwatch.visit.VisitManagement;
import org.gridwatch.visit.VisitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The summer campaigns: the branch's 夏季治安打击整治“百日行动” (15 June – 22 September 2026, the period of the demo
 * patrols' campaign patrols) and 临河派出所's anti-fraud publicity campaign. The records already loaded are tagged
 * through their modules' facades (each change publishes the record again with its campaign, so the statistics
 * count it): every patrol and every visit to an enterprise, venue or school in the 百日行动's period, and the
 * publicity events (临河's to its own campaign, the others' in the period to the 百日行动).
 */
@Component
@Order(90)
class DemoCampaigns implements DemoRecords {

    static final String SUMMER = "夏季治安打击整治“百日行动”";
    static final LocalDate SUMMER_FROM = LocalDate.of(2026, 6, 15);
    static final LocalDate SUMMER_TO = LocalDate.of(2026, 9, 22);
    static final String ANTI_FRAUD = "临河派出所“反诈进社区”专项宣传";
    static final LocalDate ANTI_FRAUD_FROM = LocalDate.of(2026, 6, 1);
    static final LocalDate ANTI_FRAUD_TO = LocalDate.of(2026, 9, 30);

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final AreaScope ALL = AreaScope.everything();
    private static final Logger log = LoggerFactory.getLogger(DemoCampaigns.class);

    private final JdbcClient jdbc;
    private final CampaignManagement campaigns;
    private final PatrolDirectory patrolDirectory;
    private final PatrolManagement patrols;
    private final VisitDirectory visitDirectory;
    private final VisitManagement visits;
    private final PublicityEvents publicity;
    private final EntityManager entityManager;

    DemoCampaigns(JdbcClient jdbc, CampaignManagement campaigns, PatrolDirectory patrolDirectory,
            PatrolManagement patrols, VisitDirectory visitDirectory, VisitManagement visits,
            PublicityEvents publicity, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.patrolDirectory = patrolDirectory;
        this.patrols = patrols;
        this.visitDirectory = visitDirectory;
        this.visits = visits;
        this.publicity = publicity;
    }

    @Override
    public void load() {
        long start = System.nanoTime();
        long branch = areaId("JK");
        long linhe = areaId("JK-LH");
        long summer = campaigns.create(new CampaignData(SUMMER, SUMMER_FROM, SUMMER_TO, List.of(branch), List.of(
                new TargetData(TargetKind.PATROL, 1, TargetUnit.PER_GRID_WEEK),
                new TargetData(TargetKind.VISIT, 400, TargetUnit.TOTAL),
                new TargetData(TargetKind.PUBLICITY, 12, TargetUnit.TOTAL),
                new TargetData(TargetKind.HAZARD_RECTIFIED, 10, TargetUnit.TOTAL)),
                "全分局开展夏季治安打击整治“百日行动”：每个网格每周至少一次巡逻，走访辖区企业、场所、院校，"
                        + "集中开展专项宣传，排查整改风险隐患。"), null, ALL);
        long antiFraud = campaigns.create(new CampaignData(ANTI_FRAUD, ANTI_FRAUD_FROM, ANTI_FRAUD_TO, List.of(linhe),
                List.of(new TargetData(TargetKind.PUBLICITY, 6, TargetUnit.TOTAL),
                        new TargetData(TargetKind.HAZARD_RECTIFIED, 3, TargetUnit.TOTAL)),
                "临河派出所联合社区开展防范电信网络诈骗宣传，进小区、进商户、进校园。"), null, ALL);

        int tagged = 0;
        for (long id : ids("patrol", "started_at", SUMMER_FROM, SUMMER_TO, null)) {
            PatrolView p = patrolDirectory.get(id, ALL);
            patrols.change(id, p.version(), new PatrolData(p.kind(), p.startedAt(), p.endedAt(), p.gridIds(),
                    p.personIds(), p.partnerTeams().stream().map(PatrolView.TeamOnPatrol::teamId).toList(),
                    p.partnerTeams().stream().flatMap(t -> t.members().stream()
                            .map(m -> new PatrolData.PartnerMember(t.teamId(), m))).toList(),
                    p.notes(), p.latitude(), p.longitude(), summer,
                    p.findings().stream().map(f -> new PatrolData.FindingEntry(f.number(), f.text())).toList()),
                    List.of(), null, ALL);
            tagged++;
            settle(tagged);
        }
        for (long id : ids("visit", "occurred_at", SUMMER_FROM, SUMMER_TO, "kind in ('ENTERPRISE', 'VENUE', 'SCHOOL')")) {
            VisitView v = visitDirectory.get(id, ALL);
            visits.change(id, v.version(), new VisitData(v.kind(), v.gridId(), v.placeId(), v.occurredAt(),
                    v.personIds(), v.category(), v.learned(), v.followUpNeeded(), v.followUpBy(), v.notes(),
                    v.latitude(), v.longitude(), summer, v.satisfaction(), v.satisfactionComment()), List.of(),
                    List.of(), ALL,
                    new org.gridwatch.visit.Recorder(v.recordedBy(), v.recordedByName()));
            tagged++;
            settle(tagged);
        }
        String linhePath = jdbc.sql("select path from area where id = ?").param(linhe).query(String.class).single();
        for (long id : ids("publicity_event", "occurred_at", ANTI_FRAUD_FROM, ANTI_FRAUD_TO, null)) {
            PublicityView e = publicity.get(id, ALL);
            boolean inLinhe = jdbc.sql("select path like ? || '%' from area where id = ?")
                    .params(linhePath, e.facts().gridId()).query(Boolean.class).single();
            LocalDate day = e.facts().occurredAt().atZone(ZONE).toLocalDate();
            Long campaign = inLinhe ? Long.valueOf(antiFraud)
                    : !day.isBefore(SUMMER_FROM) && !day.isAfter(SUMMER_TO) ? Long.valueOf(summer) : null;
            if (campaign == null) {
                continue;
            }
            RecordFacts f = e.facts();
            publicity.change(id, f.version(), new PublicityData(new FieldFacts(f.gridId(), f.occurredAt(),
                    f.personIds(), f.notes(), f.lat(), f.lon(), campaign), e.topic(), e.title(), e.placeId(),
                    e.venue(), e.audienceSize()), List.of(), null, ALL);
            tagged++;
            settle(tagged);
        }
        log.info("Demo campaigns: 2 campaigns, {} records tagged in {} ms", tagged,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Keeps the persistence context small: every change would otherwise dirty-check all earlier ones. */
    private void settle(int tagged) {
        if (tagged % 50 == 0) {
            entityManager.flush();
            entityManager.clear();
        }
    }

    private long areaId(String code) {
        return jdbc.sql("select id from area where code = ?").param(code).query(Long.class).single();
    }

    /** Ids of the table's records whose time falls in the days {@code from}..{@code to} (in the branch's zone). */
    private List<Long> ids(String table, String column, LocalDate from, LocalDate to, String condition) {
        return jdbc.sql("select id from " + table + " where " + column + " >= ? and " + column + " < ?"
                        + (condition == null ? "" : " and " + condition) + " order by id")
                .params(Timestamp.from(from.atStartOfDay(ZONE).toInstant()),
                        Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant()))
                .query(Long.class).list();
    }
}
