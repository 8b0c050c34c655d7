package org.gridwatch.demo;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridwatch.area.AreaScope;
import org.gridwatch.patrol.PatrolData;
import org.gridwatch.patrol.PatrolKind;
import org.gridwatch.patrol.PatrolManagement;
import org.gridwatch.patrol.Recorder;
import org.gridwatch.place.PartnerDirectory;
import org.gridwatch.place.PartnerView;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.place.PlaceKind;
import org.gridwatch.place.PlaceSearch;
import org.gridwatch.place.PlaceView;
import org.gridwatch.place.TeamMemberEntry;
import org.gridwatch.place.TeamView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A summer of patrols (1 June – 30 September 2026) over the demo territory, logged through
 * {@link PatrolManagement}: evening routine patrols in every community, weekly joint patrols with the patrol teams
 * of 摩天活力城, 中东大市场 and 中日联谊医院, school-guard duty (护学岗) at the schools in term time, campaign patrols
 * of the summer 百日行动 and traffic patrols; about one in eight with findings. Deterministic (fixed seed).
 */
@Component
@Order(10)
class DemoPatrols implements DemoRecords {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 9, 30);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final AreaScope ALL = AreaScope.everything();

    private static final String[] FINDINGS = {"消防通道被电动车和杂物堵塞", "小区东门路灯损坏，夜间照明不足",
            "两户居民因占用车位发生口角", "发现有人在广场散发“高息理财”传单，疑似诈骗", "楼道内私拉电线为电动车充电",
            "临街商铺门前堆放易燃纸箱", "一处井盖松动，存在安全隐患", "独居老人家中无人应门，已联系网格员",
            "夜市摊位占道经营，影响通行", "发现可疑车辆多次在学校周边停留", "出租屋内疑似聚众赌博，需进一步核实",
            "工地围挡破损，行人易误入"};
    private static final String[] ROUTINE_NOTES = {"沿主要街巷步巡，走访沿街商户，未见异常。",
            "夜间巡逻，重点检查背街小巷和老旧小区出入口。", "巡查小区及周边，提示居民关好门窗、防范盗窃。",
            "巡逻中向居民宣传防范电信网络诈骗。", "重点巡查广场、公园等人员聚集场所。"};
    private static final String[] JOINT_NOTES = {"警企联合巡查商场周边及停车场，秩序良好。",
            "与巡防队联合巡逻，重点检查消防通道和安全出口。", "联合开展治安巡查，劝离醉酒人员一名。",
            "警地联合巡查，向商户宣传防盗防骗知识。"};

    private static final Logger log = LoggerFactory.getLogger(DemoPatrols.class);

    private final JdbcClient jdbc;
    private final PatrolManagement patrols;
    private final PartnerDirectory partners;
    private final PlaceDirectory places;
    private final EntityManager entityManager;

    private Random random;
    private Map<Long, String> names;
    private int count;

    DemoPatrols(JdbcClient jdbc, PatrolManagement patrols, PartnerDirectory partners, PlaceDirectory places,
            EntityManager entityManager) {
        this.jdbc = jdbc;
        this.patrols = patrols;
        this.partners = partners;
        this.places = places;
        this.entityManager = entityManager;
    }

    /** Logs the season; the caller holds the demo transaction and has loaded the territory. */
    @Override
    public void load() {
        loadCounting();
    }

    /** Logs the season and returns how many patrols. */
    int loadCounting() {
        long began = System.nanoTime();
        // The territory is written; what the persistence context still holds of it would only be checked again on
        // every flush of the hundreds of patrols below.
        entityManager.flush();
        entityManager.clear();
        random = new Random(20260601L);
        names = new HashMap<>();
        count = 0;
        List<Community> communities = communities();
        Map<Long, Community> communityOfGrid = new HashMap<>();
        communities.forEach(c -> c.grids.forEach(g -> communityOfGrid.put(g, c)));

        for (Community community : communities) {
            routine(community);
        }
        for (PartnerView unit : partners.serving(ALL)) {
            joint(unit, communityOfGrid);
        }
        for (PlaceView school : places.search(new PlaceSearch("", PlaceKind.SCHOOL, null, "name"), ALL,
                PageRequest.of(0, 50)).getContent()) {
            schoolGuard(school, communityOfGrid.get(school.gridId()));
        }
        Map<Long, List<Community>> byStation = new HashMap<>();
        communities.forEach(c -> byStation.computeIfAbsent(c.stationId, s -> new ArrayList<>()).add(c));
        for (List<Community> station : byStation.values().stream().sorted((a, b) -> Long.compare(
                a.get(0).stationId, b.get(0).stationId)).toList()) {
            campaignAndTraffic(station);
        }
        log.info("Demo patrols: {} logged in {} ms", count, (System.nanoTime() - began) / 1_000_000);
        return count;
    }

    /** An evening patrol a week (now and then two) by the community officer and an auxiliary, sometimes a volunteer. */
    private void routine(Community c) {
        for (LocalDate week = FIRST_DAY; !week.isAfter(LAST_DAY); week = week.plusWeeks(1)) {
            int times = random.nextInt(5) == 0 ? 2 : 1;
            for (int i = 0; i < times; i++) {
                LocalDate day = week.plusDays(random.nextInt(7));
                if (day.isAfter(LAST_DAY)) {
                    continue;
                }
                List<Long> grids = new ArrayList<>(List.of(pick(c.grids)));
                if (c.grids.size() > 1 && random.nextInt(3) == 0) {
                    long other = pick(c.grids);
                    if (!grids.contains(other)) {
                        grids.add(other);
                    }
                }
                List<Long> people = new ArrayList<>(List.of(c.officer));
                if (!c.auxiliaries.isEmpty()) {
                    people.add(pick(c.auxiliaries));
                }
                if (!c.volunteers.isEmpty() && random.nextInt(4) == 0) {
                    people.add(pick(c.volunteers));
                }
                LocalTime start = LocalTime.of(18 + random.nextInt(3), random.nextInt(4) * 15);
                record(PatrolKind.ROUTINE, day, start, 60 + random.nextInt(7) * 15, grids, people, List.of(), List.of(),
                        ROUTINE_NOTES[random.nextInt(ROUTINE_NOTES.length)]);
            }
        }
    }

    /** Every Saturday afternoon with one or both of the unit's teams over the grids it covers. */
    private void joint(PartnerView unit, Map<Long, Community> communityOfGrid) {
        List<Long> covered = unit.gridIds().stream().sorted().toList();
        if (unit.teams().isEmpty() || covered.isEmpty()) {
            return;
        }
        for (LocalDate day = FIRST_DAY.with(DayOfWeek.SATURDAY); !day.isAfter(LAST_DAY); day = day.plusWeeks(1)) {
            List<Long> grids = new ArrayList<>(covered.subList(0, Math.min(covered.size(), 1 + random.nextInt(3))));
            Community c = communityOfGrid.get(grids.get(0));
            List<Long> people = new ArrayList<>(List.of(c.officer));
            if (!c.auxiliaries.isEmpty()) {
                people.add(pick(c.auxiliaries));
            }
            List<TeamView> teams = unit.teams().size() > 1 && random.nextBoolean() ? unit.teams()
                    : List.of(unit.teams().get(random.nextInt(unit.teams().size())));
            List<PatrolData.PartnerMember> members = new ArrayList<>();
            for (TeamView team : teams) {
                List<TeamMemberEntry> shuffled = new ArrayList<>(team.members());
                Collections.shuffle(shuffled, random);
                shuffled.subList(0, Math.min(shuffled.size(), 2 + random.nextInt(3)))
                        .forEach(m -> members.add(new PatrolData.PartnerMember(team.id(), m.name())));
            }
            record(PatrolKind.JOINT, day, LocalTime.of(14 + random.nextInt(3), 0), 90 + random.nextInt(5) * 15, grids,
                    people, teams.stream().map(TeamView::id).toList(), members,
                    JOINT_NOTES[random.nextInt(JOINT_NOTES.length)]);
        }
    }

    /** 护学岗 at the school gate on about one school morning in three, in term time (June to mid-July, September). */
    private void schoolGuard(PlaceView school, Community c) {
        if (c == null) {
            return;
        }
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            boolean term = day.isBefore(LocalDate.of(2026, 7, 11)) || !day.isBefore(LocalDate.of(2026, 9, 1));
            boolean schoolDay = day.getDayOfWeek().getValue() <= 5;
            if (!term || !schoolDay || random.nextInt(3) != 0) {
                continue;
            }
            List<Long> people = new ArrayList<>();
            people.add(c.auxiliaries.isEmpty() || random.nextInt(3) == 0 ? c.officer : pick(c.auxiliaries));
            if (!c.volunteers.isEmpty()) {
                people.add(pick(c.volunteers));
            }
            record(PatrolKind.SCHOOL_GUARD, day, LocalTime.of(7, 10), 50, List.of(school.gridId()), people, List.of(),
                    List.of(), school.name() + "门前护学岗，疏导接送车辆，护送学生过马路。");
        }
    }

    /** Every other week of the 百日行动 (15 June – 22 September) a station-wide campaign patrol; a traffic patrol a fortnight. */
    private void campaignAndTraffic(List<Community> station) {
        int week = 0;
        for (LocalDate day = LocalDate.of(2026, 6, 15).with(DayOfWeek.FRIDAY); !day.isAfter(LAST_DAY);
                day = day.plusWeeks(1), week++) {
            Community c = pick(station);
            List<Long> grids = new ArrayList<>();
            for (Community other : station) {
                if (grids.size() < 3 && random.nextBoolean()) {
                    grids.add(pick(other.grids));
                }
            }
            if (grids.isEmpty()) {
                grids.add(pick(c.grids));
            }
            List<Long> people = new ArrayList<>(List.of(c.officer));
            station.stream().filter(o -> o != c && random.nextInt(3) == 0).forEach(o -> people.add(o.officer));
            if (!c.auxiliaries.isEmpty()) {
                people.add(pick(c.auxiliaries));
            }
            if (week % 2 == 0 && !day.isAfter(LocalDate.of(2026, 9, 22))) {
                record(PatrolKind.CAMPAIGN, day, LocalTime.of(21, 0), 150, grids, people, List.of(), List.of(),
                        "夏季治安打击整治“百日行动”集中清查，检查网吧、KTV、出租屋。");
            } else {
                record(PatrolKind.TRAFFIC, day.minusDays(2), LocalTime.of(17, 0), 90, List.of(grids.get(0)), people,
                        List.of(), List.of(), "晚高峰交通巡逻，整治乱停乱放，劝导电动车佩戴头盔。");
            }
        }
    }

    private void record(PatrolKind kind, LocalDate day, LocalTime start, int minutes, List<Long> grids, List<Long> people,
            List<Long> teams, List<PatrolData.PartnerMember> members, String notes) {
        Instant startedAt = day.atTime(start).atZone(ZONE).toInstant();
        Instant endedAt = startedAt.plusSeconds(minutes * 60L);
        List<PatrolData.FindingEntry> findings = new ArrayList<>();
        if (random.nextInt(8) == 0) {
            int n = random.nextInt(4) == 0 ? 2 : 1;
            for (int i = 0; i < n; i++) {
                findings.add(new PatrolData.FindingEntry(null, FINDINGS[random.nextInt(FINDINGS.length)]));
            }
        }
        Recorder recorder = new Recorder(null, names.computeIfAbsent(people.get(0),
                id -> jdbc.sql("select name from person where id = ?").param(id).query(String.class).single()));
        patrols.log(new PatrolData(kind, startedAt, endedAt, grids, people, teams, members, notes, null, null, null,
                findings), List.of(), recorder, ALL);
        if (++count % 100 == 0) {
            entityManager.clear();
        }
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** The demo communities with their live grids and their people, in tree order. */
    private List<Community> communities() {
        List<Community> communities = jdbc.sql("""
                select c.id, c.parent_id from area c where c.type = 'COMMUNITY' and c.retired_at is null order by c.id
                """).query((rs, n) -> new Community(rs.getLong("id"), rs.getLong("parent_id"))).list();
        for (Community c : communities) {
            c.grids.addAll(jdbc.sql("select id from area where parent_id = ? and type = 'GRID' and retired_at is null "
                    + "order by id").param(c.id).query(Long.class).list());
            c.officer = jdbc.sql("select id from person where home_area_id = ? and kind = 'OFFICER' order by id limit 1")
                    .param(c.id).query(Long.class).single();
            c.auxiliaries.addAll(people(c.id, "AUXILIARY"));
            c.volunteers.addAll(people(c.id, "VOLUNTEER"));
        }
        return communities.stream().filter(c -> !c.grids.isEmpty()).toList();
    }

    private List<Long> people(long areaId, String kind) {
        return jdbc.sql("select id from person where home_area_id = ? and kind = ? and active order by id")
                .params(areaId, kind).query(Long.class).list();
    }

    private static final class Community {
        final long id;
        final long stationId;
        final List<Long> grids = new ArrayList<>();
        long officer;
        final List<Long> auxiliaries = new ArrayList<>();
        final List<Long> volunteers = new ArrayList<>();

        Community(long id, long stationId) {
            this.id = id;
            this.stationId = stationId;
        }
    }
}
