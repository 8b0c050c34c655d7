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
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.people.PostData;
import org.gridwatch.place.PartnerData;
import org.gridwatch.place.PartnerKind;
import org.gridwatch.place.PartnerManagement;
import org.gridwatch.place.PartnerView;
import org.gridwatch.place.PlaceData;
import org.gridwatch.place.PlaceKind;
import org.gridwatch.place.PlaceManagement;
import org.gridwatch.place.TeamData;
import org.gridwatch.place.TeamMemberEntry;
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
    private final PeopleManagement people;
    private final PlaceManagement places;
    private final PartnerManagement partners;
    private final Clock clock;

    private Random random;
    private Set<String> usedNames;
    private int policeNumber;
    private Timestamp now;
    private LocalDate today;

    DemoTerritory(JdbcClient jdbc, DutyManagement duty, AccountManagement accounts, PeopleManagement people,
            PlaceManagement places, PartnerManagement partners, Clock clock) {
        this.jdbc = jdbc;
        this.duty = duty;
        this.accounts = accounts;
        this.people = people;
        this.places = places;
        this.partners = partners;
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
        boundingBoxes();
        assignDuty(built);
        recordConcurrentPosts(built);
        addPlaces(built);
        addPartnerUnits(built);
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
                crew.grids.add(new GridPlan(grid, gridCode, community.name() + (g + 1) + "网格", liaison,
                        x0 + (g + 0.5) * gridWidth, cy0 + stripHeight / 2));
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

    /**
     * 分局6名派出所所长、社区民警主动融入到街道社区、乡镇村屯班子中: each station chief holds a post in the committee
     * of the station's first community, each village officer one in the village committee.
     */
    private void recordConcurrentPosts(Built built) {
        AreaScope everything = AreaScope.everything();
        for (StationPeople station : built.stations.values()) {
            CommunityPeople first = station.communities.get(0);
            people.addPost(station.chief, new PostData("社区党委兼职副书记", first.id,
                    today.minusDays(200 + random.nextInt(300)), null), everything);
            for (CommunityPeople community : station.communities) {
                if (community.village) {
                    people.addPost(community.officer, new PostData("村党支部兼职副书记", community.id,
                            today.minusDays(100 + random.nextInt(300)), null), everything);
                } else if (random.nextInt(3) == 0) {
                    people.addPost(community.officer, new PostData("社区居委会兼职委员", community.id,
                            today.minusDays(100 + random.nextInt(300)), null), everything);
                }
            }
        }
    }

    private static final String[] ROADS = {"自由大路", "临河街", "卫星路", "深圳街", "浦东路", "会展大街", "仙台大街",
            "珠海路", "东南湖大路", "世纪大街", "威海路", "吉林大路", "乐群街", "东方广场路"};
    private static final String[] ENTERPRISES = {"长春一汽富维东阳汽车塑料制品有限公司", "吉林省经开热力有限公司",
            "长春华翔汽车零部件有限公司", "长春经开物流园", "吉林东盛食品有限公司", "长春新华印刷厂",
            "长春经开自来水营业所", "长春亚泰建材有限公司", "吉林省长信通信工程有限公司", "长春兴隆包装有限公司",
            "长春恒通机械制造有限公司", "长春绿源环保科技有限公司"};
    private static final String[] VENUES = {"星空网咖", "锦江之星酒店", "如家快捷酒店", "金色年华KTV", "悦动健身会所",
            "蓝海洗浴中心", "飞扬网吧", "汉庭酒店", "麦乐迪KTV", "城市便捷酒店", "乐享台球俱乐部", "海豚湾游泳馆"};
    private static final String[] SCHOOLS = {"经开区第一实验小学", "东方广场中学", "兴隆山镇中心小学", "世纪广场幼儿园",
            "会展实验学校", "自由大路小学"};
    private static final String[] MARKETS = {"临河农贸市场", "乐购超市东方广场店", "兴隆山大集", "欧亚超市世纪广场店",
            "会展中心商业街", "联谊百货"};

    /** Places of every kind: a police office in every community, enterprises, venues, a school, a market, a
     *  health centre, households and one other per station, and the three big sites of the article. */
    private void addPlaces(Built built) {
        int station = 0;
        for (StationPeople crew : built.stations.values()) {
            List<GridPlan> grids = new ArrayList<>();
            for (CommunityPeople community : crew.communities) {
                GridPlan first = community.grids.get(0);
                place(PlaceKind.POLICE_OFFICE, community.name + (community.village ? "警务站" : "社区警务室"), first, 30);
                grids.addAll(community.grids);
            }
            for (int i = 0; i < 2; i++) {
                place(PlaceKind.ENTERPRISE, ENTERPRISES[station * 2 + i], pick(grids), 30);
                place(PlaceKind.VENUE, VENUES[station * 2 + i], pick(grids), 14);
            }
            place(PlaceKind.SCHOOL, SCHOOLS[station], pick(grids), 30);
            place(PlaceKind.MARKET, MARKETS[station], pick(grids), 30);
            place(PlaceKind.HOSPITAL, crew.communities.get(0).name + "卫生服务中心", pick(grids), 60);
            for (int i = 0; i < 3; i++) {
                GridPlan grid = pick(grids);
                place(PlaceKind.HOUSEHOLD, grid.name() + "独居老人户（" + name() + "）", grid, 30);
            }
            place(PlaceKind.OTHER, crew.communities.get(0).name + "快递驿站", pick(grids), 90);
            station++;
        }
        place(PlaceKind.MARKET, "摩天活力城", built.stations.get("DF").communities.get(0).grids.get(0), 7);
        place(PlaceKind.MARKET, "中东大市场", built.stations.get("DF").communities.get(2).grids.get(0), 7);
        place(PlaceKind.HOSPITAL, "中日联谊医院", built.stations.get("ZY").communities.get(1).grids.get(0), 7);
    }

    private GridPlan pick(List<GridPlan> grids) {
        return grids.get(random.nextInt(grids.size()));
    }

    private void place(PlaceKind kind, String name, GridPlan grid, int visitEveryDays) {
        String address = "长春市经开区" + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(2999)) + "号";
        double longitude = grid.longitude() + (random.nextDouble() - 0.5) * 0.002;
        double latitude = grid.latitude() + (random.nextDouble() - 0.5) * 0.002;
        String contact = kind == PlaceKind.HOUSEHOLD ? null : name();
        places.create(new PlaceData(kind, name, address, grid.id(), round(latitude), round(longitude), contact,
                contact == null ? null : phone(), visitEveryDays, null), AreaScope.everything());
    }

    private static double round(double coordinate) {
        return Math.round(coordinate * 1_000_000) / 1_000_000.0;
    }

    /** 摩天活力城, 中东大市场 and 中日联谊医院 with the grids around them and their patrol teams (巡防队). */
    private void addPartnerUnits(Built built) {
        StationPeople dongfang = built.stations.get("DF");
        StationPeople ziyou = built.stations.get("ZY");
        partner("摩天活力城", PartnerKind.MALL, dongfang, dongfang.communities.get(0).grids.subList(0, 2),
                List.of("摩天活力城安保巡防队", "摩天活力城商户志愿巡防队"));
        partner("中东大市场", PartnerKind.MARKET, dongfang, dongfang.communities.get(2).grids,
                List.of("中东大市场联防巡逻队"));
        partner("中日联谊医院", PartnerKind.HOSPITAL, ziyou, ziyou.communities.get(1).grids,
                List.of("中日联谊医院护院巡防队", "医警联防志愿服务队"));
    }

    private void partner(String name, PartnerKind kind, StationPeople station, List<GridPlan> grids,
            List<String> teams) {
        Set<Long> gridIds = new java.util.LinkedHashSet<>();
        grids.forEach(g -> gridIds.add(g.id()));
        PartnerView unit = partners.create(new PartnerData(name, kind, name(), phone(), station.station, gridIds),
                AreaScope.everything());
        for (String team : teams) {
            List<TeamMemberEntry> members = new ArrayList<>();
            int size = 4 + random.nextInt(3);
            for (int i = 0; i < size; i++) {
                members.add(new TeamMemberEntry(name(), phone()));
            }
            partners.addTeam(unit.id(), new TeamData(team, name(), phone(), members), AreaScope.everything());
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

    /** The area module keeps each boundary's bounding box beside it for point lookups (all demo boundaries are Polygons). */
    private void boundingBoxes() {
        jdbc.sql("""
                update area set boundary_west = b.w, boundary_south = b.s, boundary_east = b.e, boundary_north = b.n
                from (select a.id, min((p ->> 0)::float8) as w, min((p ->> 1)::float8) as s,
                             max((p ->> 0)::float8) as e, max((p ->> 1)::float8) as n
                      from area a, jsonb_array_elements(a.boundary::jsonb -> 'coordinates' -> 0) p
                      where a.boundary is not null
                      group by a.id) b
                where area.id = b.id
                """).update();
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

    private record GridPlan(long id, String code, String name, long liaison, double longitude, double latitude) {
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
