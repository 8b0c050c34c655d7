package org.gridwatch.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.duty.DutyRole;
import org.gridwatch.duty.NewAssignment;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.AccountView;
import org.gridwatch.identity.NewAccount;
import org.gridwatch.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo territory of the 经开分局 article: 长春市公安局 → 经开分局 → six 派出所 with communities and villages
 * (村屯), 60 grids with rectangular boundaries south-east of central Changchun, their people, duty assignments
 * with deliberate gaps, link channels and one account per role.
 *
 * <p>Areas and people are written with SQL because the area and people modules have no writing facade yet; the
 * rows keep their invariants (path = parent path + id + '/', a type only under its parent type, police numbers
 * only for officers). Duty goes through {@link DutyManagement} and accounts through {@link AccountManagement},
 * so their own rules apply. Everything is drawn from a fixed-seed {@link Random}; dates are relative to the day
 * of loading so the gaps stay current (one assignment always ends ten days after loading).
 */
@Component
class DemoTerritory {

    static final String PASSWORD = "gridwatch-demo";
    static final int GRID_COUNT = 60;
    static final List<String> ACCOUNTS = List.of("branch.admin", "branch.chief", "station.chief", "officer.linhe",
            "officer.dongfang", "aux.linhe", "mediator.wang");

    /** Codes of the grids with deliberate gaps (see {@link #assignDuty}). */
    static final String GRID_WITHOUT_AUXILIARY = "JK-XLS-03-02";
    static final String GRID_WITHOUT_LIAISON = "JK-DF-01-04";
    static final String GRID_UNCOVERED = "JK-XLS-04-02";
    static final String GRID_WITH_AUXILIARY_ENDING = "JK-LH-01-01";

    private static final double WEST = 125.35;
    private static final double SOUTH = 43.82;
    private static final double STATION_WIDTH = 0.10 / 3;
    private static final double STATION_HEIGHT = 0.04;

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
            "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "海燕", "晓东", "玉兰", "国庆", "春梅",
            "立新", "红梅", "振华", "丽娟", "宏伟", "德胜", "雪梅", "文博", "子涵", "浩然", "思远", "佳怡", "雨轩",
            "建国", "凤英", "永刚", "淑华", "晓峰", "长春", "吉林", "东升", "金凤", "宇航", "博文", "欣怡", "俊杰"};

    /** The six stations, each with its communities: name, kind and number of grids. */
    private static final Map<String, StationPlan> STATIONS = new LinkedHashMap<>();

    static {
        STATIONS.put("LH", new StationPlan("临河派出所", List.of(
                new CommunityPlan("临河社区", false, 4), new CommunityPlan("仁和社区", false, 3),
                new CommunityPlan("东风社区", false, 3), new CommunityPlan("临河村", true, 1))));
        STATIONS.put("DF", new StationPlan("东方广场派出所", List.of(
                new CommunityPlan("东方广场社区", false, 4), new CommunityPlan("吉林大路社区", false, 3),
                new CommunityPlan("中东社区", false, 3), new CommunityPlan("乐园村", true, 1))));
        STATIONS.put("XLS", new StationPlan("兴隆山派出所", List.of(
                new CommunityPlan("兴隆社区", false, 3), new CommunityPlan("长山社区", false, 2),
                new CommunityPlan("兴隆山村", true, 2), new CommunityPlan("新发村", true, 2))));
        STATIONS.put("SJ", new StationPlan("世纪广场派出所", List.of(
                new CommunityPlan("世纪广场社区", false, 4), new CommunityPlan("深圳街社区", false, 3),
                new CommunityPlan("东盛村", true, 1))));
        STATIONS.put("HZ", new StationPlan("会展派出所", List.of(
                new CommunityPlan("会展社区", false, 4), new CommunityPlan("博览社区", false, 3),
                new CommunityPlan("卫星路社区", false, 3), new CommunityPlan("永春村", true, 1))));
        STATIONS.put("ZY", new StationPlan("自由大路派出所", List.of(
                new CommunityPlan("自由大路社区", false, 3), new CommunityPlan("联谊社区", false, 3),
                new CommunityPlan("繁荣社区", false, 3), new CommunityPlan("双德村", true, 1))));
    }

    private final JdbcClient jdbc;
    private final DutyManagement duty;
    private final AccountManagement accounts;
    private final Clock clock;

    private Random random;
    private Set<String> usedNames;
    private int policeNumber;
    private Timestamp now;
    private LocalDate today;

    DemoTerritory(JdbcClient jdbc, DutyManagement duty, AccountManagement accounts, Clock clock) {
        this.jdbc = jdbc;
        this.duty = duty;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Writes everything; the caller holds the transaction and has checked that there are no areas. */
    void load() {
        random = new Random(20230715L);
        usedNames = new HashSet<>(Set.of("王淑华"));
        policeNumber = 220100;
        now = Timestamp.from(Instant.now(clock));
        today = LocalDate.now(clock);

        long bureau = area("CC", "长春市公安局", "BUREAU", null, null, null, null);
        long branch = area("JK", "经开分局", "BRANCH", null, bureau, null, null);
        Built built = new Built(branch);
        int index = 0;
        for (Map.Entry<String, StationPlan> entry : STATIONS.entrySet()) {
            buildStation(entry.getKey(), entry.getValue(), index++, branch, built);
        }
        assignDuty(built);
        openAccounts(built);
    }

    private void buildStation(String code, StationPlan plan, int index, long branch, Built built) {
        double x0 = WEST + (index % 3) * STATION_WIDTH;
        double y0 = SOUTH + (index / 3) * STATION_HEIGHT;
        long station = area("JK-" + code, plan.name(), "STATION", null, branch,
                rectangle(x0, y0, x0 + STATION_WIDTH, y0 + STATION_HEIGHT), null);
        StationPeople people = new StationPeople(station);
        people.chief = person("OFFICER", null, station, "所长");
        people.mediators.add("LH".equals(code)
                ? person("MEDIATOR", "COMMUNITY_WORKER", station, "人民调解员", "王淑华")
                : person("MEDIATOR", "COMMUNITY_WORKER", station, "人民调解员"));
        people.mediators.add(person("MEDIATOR", "LAWYER", station, "驻所律师"));
        built.stations.put(code, people);

        double stripHeight = STATION_HEIGHT / plan.communities().size();
        int communityNumber = 0;
        int stationPopulation = 0;
        for (CommunityPlan community : plan.communities()) {
            double cy0 = y0 + communityNumber * stripHeight;
            String communityCode = "JK-" + code + "-" + String.format(Locale.ROOT, "%02d", ++communityNumber);
            long communityId = area(communityCode, community.name(), "COMMUNITY",
                    community.village() ? "VILLAGE" : "COMMUNITY", station,
                    rectangle(x0, cy0, x0 + STATION_WIDTH, cy0 + stripHeight), null);
            CommunityPeople crew = new CommunityPeople(communityId, community.name(), community.village());
            crew.officer = person("OFFICER", null, communityId, community.village() ? "驻村民警" : "社区民警");
            int auxiliaries = community.grids() >= 3 ? 2 : 1;
            for (int i = 0; i < auxiliaries; i++) {
                crew.auxiliaries.add(person("AUXILIARY", null, communityId, "专职辅警"));
            }
            if (!community.village()) {
                crew.volunteers.add(person("VOLUNTEER", null, communityId, "平安志愿者"));
            }
            double gridWidth = STATION_WIDTH / community.grids();
            int communityPopulation = 0;
            for (int g = 0; g < community.grids(); g++) {
                String gridCode = communityCode + "-" + String.format(Locale.ROOT, "%02d", g + 1);
                int population = community.village() ? 400 + random.nextInt(1100) : 1200 + random.nextInt(2400);
                communityPopulation += population;
                long grid = area(gridCode, community.name() + (g + 1) + "网格", "GRID", null, communityId,
                        rectangle(x0 + g * gridWidth, cy0, x0 + (g + 1) * gridWidth, cy0 + stripHeight), population);
                long liaison = community.village()
                        ? person("VOLUNTEER", null, communityId, "村委委员")
                        : person("GRID_WORKER", null, communityId, "专职网格员");
                crew.grids.add(new GridPlan(grid, gridCode, community.name() + (g + 1) + "网格", liaison));
            }
            population(communityId, communityPopulation);
            stationPopulation += communityPopulation;
            people.communities.add(crew);
        }
        population(station, stationPopulation);
        built.population += stationPopulation;
    }

    /**
     * Every grid gets its community officer, an auxiliary of the community and its liaison, and a link channel —
     * except the deliberate gaps: one grid without auxiliary, one without liaison, one uncovered (its officer's
     * assignment ended 20 days ago) and one auxiliary whose assignment ends ten days from now.
     */
    private void assignDuty(Built built) {
        AreaScope everything = AreaScope.everything();
        for (StationPeople station : built.stations.values()) {
            for (CommunityPeople community : station.communities) {
                int n = 0;
                for (GridPlan grid : community.grids) {
                    LocalDate since = today.minusDays(60 + random.nextInt(600));
                    if (grid.code().equals(GRID_UNCOVERED)) {
                        duty.assign(new NewAssignment(grid.id(), community.officer, DutyRole.RESPONSIBLE_OFFICER,
                                since, today.minusDays(20), "调任分局机关，待接任"), everything);
                        continue;
                    }
                    duty.assign(new NewAssignment(grid.id(), community.officer, DutyRole.RESPONSIBLE_OFFICER, since,
                            null, null), everything);
                    if (!grid.code().equals(GRID_WITHOUT_AUXILIARY)) {
                        long auxiliary = community.auxiliaries.get(n % community.auxiliaries.size());
                        LocalDate until = grid.code().equals(GRID_WITH_AUXILIARY_ENDING) ? today.plusDays(10) : null;
                        duty.assign(new NewAssignment(grid.id(), auxiliary, DutyRole.AUXILIARY,
                                since.plusDays(random.nextInt(30)), until,
                                until == null ? null : "借调交警大队，到期后另行安排"), everything);
                    }
                    if (!grid.code().equals(GRID_WITHOUT_LIAISON)) {
                        duty.assign(new NewAssignment(grid.id(), grid.liaison(), DutyRole.LIAISON, since, null, null),
                                everything);
                    }
                    duty.setLink(grid.id(), grid.name() + "警民联系群", null, everything);
                    n++;
                }
            }
        }
    }

    private void openAccounts(Built built) {
        StationPeople linhe = built.stations.get("LH");
        StationPeople dongfang = built.stations.get("DF");
        CommunityPeople linheCommunity = linhe.communities.get(0);
        CommunityPeople dongfangCommunity = dongfang.communities.get(0);
        open("branch.admin", "经开分局管理员", Role.ADMIN, built.branch, null);
        open("branch.chief", "经开分局督导", Role.SUPERVISOR, built.branch, null);
        open("station.chief", null, Role.SUPERVISOR, linhe.station, linhe.chief);
        open("officer.linhe", null, Role.OFFICER, linheCommunity.id, linheCommunity.officer);
        open("officer.dongfang", null, Role.OFFICER, dongfangCommunity.id, dongfangCommunity.officer);
        open("aux.linhe", null, Role.AUXILIARY, linheCommunity.id, linheCommunity.auxiliaries.get(0));
        open("mediator.wang", null, Role.MEDIATOR, linhe.station, linhe.mediators.get(0));
    }

    private void open(String username, String displayName, Role role, long scope, Long personId) {
        String name = displayName != null ? displayName
                : jdbc.sql("select name from person where id = ?").param(personId).query(String.class).single();
        AccountView account = accounts.open(new NewAccount(username, name, PASSWORD, Set.of(role), scope));
        if (personId != null) {
            jdbc.sql("update person set account_id = ? where id = ?").params(account.id(), personId).update();
        }
    }

    private long area(String code, String name, String type, String communityKind, Long parentId, String boundary,
            Integer population) {
        long id = jdbc.sql("select nextval('area_id_seq')").query(Long.class).single();
        String parentPath = parentId == null ? "/"
                : jdbc.sql("select path from area where id = ?").param(parentId).query(String.class).single();
        jdbc.sql("""
                insert into area (id, code, name, type, community_kind, parent_id, path, boundary, population,
                                  households, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(id, code, name, type, communityKind, parentId, parentPath + id + "/", boundary, population,
                        population == null ? null : households(population), now, now)
                .update();
        return id;
    }

    private void population(long areaId, int population) {
        jdbc.sql("update area set population = ?, households = ? where id = ?")
                .params(population, households(population), areaId).update();
    }

    private static int households(int population) {
        return (int) Math.round(population / 2.6);
    }

    private long person(String kind, String mediatorKind, long homeAreaId, String post) {
        return person(kind, mediatorKind, homeAreaId, post, name());
    }

    private long person(String kind, String mediatorKind, long homeAreaId, String post, String name) {
        usedNames.add(name);
        String number = "OFFICER".equals(kind) ? String.valueOf(++policeNumber) : null;
        return jdbc.sql("""
                insert into person (kind, mediator_kind, name, phone, home_area_id, police_number, post,
                                    created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(kind, mediatorKind, name, phone(), homeAreaId, number, post, now, now)
                .query(Long.class).single();
    }

    /** A distinct name drawn from common surnames and given names. */
    private String name() {
        while (true) {
            String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
            if (usedNames.add(name)) {
                return name;
            }
        }
    }

    private String phone() {
        return "13" + (5 + random.nextInt(5)) + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
    }

    private static String rectangle(double x0, double y0, double x1, double y1) {
        return String.format(Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]}",
                x0, y0, x1, y0, x1, y1, x0, y1, x0, y0);
    }

    private record StationPlan(String name, List<CommunityPlan> communities) {
    }

    private record CommunityPlan(String name, boolean village, int grids) {
    }

    private record GridPlan(long id, String code, String name, long liaison) {
    }

    private static final class Built {
        final long branch;
        final Map<String, StationPeople> stations = new LinkedHashMap<>();
        int population;

        Built(long branch) {
            this.branch = branch;
        }
    }

    private static final class StationPeople {
        final long station;
        long chief;
        final List<Long> mediators = new ArrayList<>();
        final List<CommunityPeople> communities = new ArrayList<>();

        StationPeople(long station) {
            this.station = station;
        }
    }

    private static final class CommunityPeople {
        final long id;
        final String name;
        final boolean village;
        long officer;
        final List<Long> auxiliaries = new ArrayList<>();
        final List<Long> volunteers = new ArrayList<>();
        final List<GridPlan> grids = new ArrayList<>();

        CommunityPeople(long id, String name, boolean village) {
            this.id = id;
            this.name = name;
            this.village = village;
        }
    }
}
