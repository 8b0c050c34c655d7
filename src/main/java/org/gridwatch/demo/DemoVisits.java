package org.gridwatch.demo;

import jakarta.persistence.EntityManager;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.AccountView;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonKind;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.place.PlaceData;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.place.PlaceKind;
import org.gridwatch.place.PlaceManagement;
import org.gridwatch.place.PlaceSearch;
import org.gridwatch.place.PlaceView;
import org.gridwatch.visit.Recorder;
import org.gridwatch.visit.VisitCategory;
import org.gridwatch.visit.VisitData;
import org.gridwatch.visit.VisitKind;
import org.gridwatch.visit.VisitManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The summer season of visits (走访), 1 June – 30 September 2026, written through {@link VisitManagement}: every
 * enterprise, venue (with markets and hospitals) and school of the demo territory visited at about its target
 * frequency — 420 and more such visits, as the article reports — plus household visits and a few others, some
 * with a follow-up and a photo; the two demo officers' communities get a few more registered households for it.
 * When the data is loaded after the season, most places also get one recent visit so that "due to visit" names
 * only some of them; in 临河社区 (officer.linhe's grids) about half the households and the police office are left
 * overdue on purpose. Fixed seed: the same load day gives the same visits.
 */
@Component
@Order(20)
class DemoVisits implements DemoRecords {

    private static final Logger log = LoggerFactory.getLogger(DemoVisits.class);

    static final LocalDate SEASON_START = LocalDate.of(2026, 6, 1);
    static final LocalDate SEASON_END = LocalDate.of(2026, 9, 30);
    /** Visits to enterprises, venues and schools in the season: at least the article's 420. */
    static final int BUSINESS_VISITS = 436;
    static final String LINHE_COMMUNITY = "JK-LH-01";

    private static final Map<VisitKind, String[][]> LEARNED = new HashMap<>();

    static {
        // per kind: one line per category, in VisitCategory order (CONCERN, REQUEST, RISK, PRAISE, OTHER)
        LEARNED.put(VisitKind.HOUSEHOLD, new String[][] {
                {"老人反映楼道灯损坏，夜间出行不便，已联系物业维修", "住户反映楼下夜间有人聚集喧哗，影响休息"},
                {"老人希望社区定期上门测量血压", "住户请求协助办理居住证明"},
                {"屋内电线老化、插线板超负荷，存在用电隐患，已当面提醒", "老人近期接到自称“医保局”的可疑电话，已讲解防诈知识"},
                {"老人对民警定期上门看望表示感谢", "住户称赞网格员服务热情"},
                {"老人身体状况良好，叮嘱注意防范电信网络诈骗", "核实家庭成员及联系方式，更新走访台账"}});
        LEARNED.put(VisitKind.ENTERPRISE, new String[][] {
                {"企业反映厂区周边夜间照明不足，员工下班路上有顾虑", "企业反映门前道路货车乱停，影响进出"},
                {"企业请求协助开展员工防范电信诈骗宣传", "企业希望加强夜间厂区周边巡逻"},
                {"仓库消防通道堆放货物，已当场提醒整改", "员工宿舍私拉电线为电动车充电，存在火灾隐患"},
                {"企业负责人对民警定期走访、帮助解决问题表示感谢", "企业称赞联合巡防队响应及时"},
                {"了解企业用工情况，新增外地员工十余人，已提示及时登记", "核对企业安保负责人及联系方式"}});
        LEARNED.put(VisitKind.VENUE, new String[][] {
                {"经营者反映周边偶有醉酒人员滋事", "场所反映营业高峰门前拥堵"},
                {"场所请求节假日期间加强周边巡逻", "经营者希望协助培训安保人员"},
                {"发现疑似未成年人进入，已责令严格查验身份证件", "安全出口指示灯损坏，已要求立即更换"},
                {"场所对民警上门指导治安防范表示感谢", "经营者称赞警务室处置纠纷及时"},
                {"检查旅客登记、实名上网等制度落实情况，未见异常", "核对从业人员名单及监控设备运行情况"}});
        LEARNED.put(VisitKind.SCHOOL, new String[][] {
                {"校方反映放学时段校门口车辆乱停", "家长反映校园周边有流动摊贩"},
                {"学校请求开学期间设置护学岗", "校方希望开展法治进校园讲座"},
                {"校门口早高峰人车混行，存在交通安全隐患", "校园周界围栏有破损，已建议尽快修复"},
                {"校方对护学岗民警的坚守表示感谢", "家长称赞上下学时段秩序良好"},
                {"检查校园安保人员配备及一键报警装置，运行正常", "了解假期值守安排，未见异常"}});
        LEARNED.put(VisitKind.OTHER, new String[][] {
                {"驿站反映包裹偶有被冒领", "群众反映附近路段夜间照明不足"},
                {"驿站希望加装监控设备", "群众请求协调解决停车难"},
                {"驿站门前电动车集中充电，存在消防隐患", "发现路边井盖缺失，已联系有关部门"},
                {"群众对社区警务室的服务表示满意", "驿站负责人称赞巡逻频次增加后治安好转"},
                {"警务室接待群众，了解辖区近期治安情况", "了解辖区流动人口变化情况"}});
    }

    private final VisitManagement visits;
    private final PlaceDirectory placeDirectory;
    private final PlaceManagement places;
    private final AreaDirectory areas;
    private final PersonDirectory people;
    private final AccountManagement accounts;
    private final Clock clock;
    private final EntityManager entityManager;

    private Random random;
    private Instant now;
    private final Map<Long, Team> teams = new HashMap<>();
    private final Map<String, Recorder> recorders = new HashMap<>();
    private int written;

    DemoVisits(VisitManagement visits, PlaceDirectory placeDirectory, PlaceManagement places, AreaDirectory areas,
            PersonDirectory people, AccountManagement accounts, Clock clock, EntityManager entityManager) {
        this.placeDirectory = placeDirectory;
        this.entityManager = entityManager;
        this.visits = visits;
        this.places = places;
        this.areas = areas;
        this.people = people;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Writes the visits; the caller holds the transaction and has loaded the demo territory. */
    @Override
    public void load() {
        loadCounting();
    }

    /** Writes the visits and returns how many. */
    int loadCounting() {
        random = new Random(20260601L);
        detach();
        now = clock.instant();
        written = 0;
        AreaScope everything = AreaScope.everything();
        List<PlaceView> all = new ArrayList<>(placeDirectory.search(new PlaceSearch("", null, null, "name"), everything,
                PageRequest.of(0, 10_000)).getContent());
        for (AreaSummary grid : areas.liveWithin(everything, AreaType.GRID)) {
            teams.put(grid.id(), team(grid));
        }
        all.addAll(households());
        all.sort(Comparator.comparingLong(PlaceView::id));
        LocalDate today = LocalDate.now(clock.withZone(RecordFilter.ZONE));
        LocalDate seasonEnd = today.isBefore(SEASON_END) ? today.minusDays(1) : SEASON_END;

        List<PlaceView> business = all.stream().filter(p -> isBusiness(VisitKind.of(p.kind()))).toList();
        int businessVisits = 0;
        for (PlaceView place : business) {
            businessVisits += season(place, seasonEnd, 0.35, 0.5);
        }
        // top up to the article's figure, on days drawn at random across the season
        for (int tries = 0; businessVisits < BUSINESS_VISITS && !business.isEmpty()
                && !seasonEnd.isBefore(SEASON_START) && tries < 10 * BUSINESS_VISITS; tries++) {
            PlaceView place = business.get(random.nextInt(business.size()));
            if (visit(place, VisitKind.of(place.kind()), day(SEASON_START, seasonEnd))) {
                businessVisits++;
            }
        }
        for (PlaceView place : all) {
            VisitKind kind = VisitKind.of(place.kind());
            // officers do not "visit" their own police office; it only gets the recent round
            if (kind == VisitKind.HOUSEHOLD || kind == VisitKind.OTHER && place.kind() != PlaceKind.POLICE_OFFICE) {
                season(place, seasonEnd, 0.5, 0.6);
            }
        }
        // residents met in the street or at the door of no registered place
        for (Map.Entry<Long, Team> entry : teams.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            if (random.nextInt(3) == 0 && !seasonEnd.isBefore(SEASON_START)) {
                write(VisitKind.OTHER, entry.getKey(), null, day(SEASON_START, seasonEnd));
            }
        }
        if (today.isAfter(SEASON_END.plusDays(7))) {
            recentRound(all, today);
        }
        log.info("Demo visits: {} written ({} to enterprises, venues and schools in the season) in {} ms", written,
                businessVisits, Duration.between(now, clock.instant()).toMillis());
        return written;
    }

    private static final String[] FAMILIES = {"王秀兰", "李桂英", "张德胜", "刘玉兰", "陈国庆", "杨淑华", "赵长春",
            "黄凤英", "周永刚", "吴金凤", "孙立新", "马春梅"};

    /**
     * Households are most of an officer's visits, and the territory registers only a few: the two demo officers'
     * communities (临河社区, 东方广场社区) get some more in each of their grids, visited monthly.
     */
    private List<PlaceView> households() {
        List<PlaceView> added = new ArrayList<>();
        int family = 0;
        for (Map.Entry<Long, Team> entry : teams.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            String community = entry.getValue().communityCode();
            int count = community.equals(LINHE_COMMUNITY) ? 3 : community.equals("JK-DF-01") ? 2 : 0;
            AreaSummary grid = areas.find(entry.getKey()).orElseThrow();
            for (int i = 0; i < count; i++) {
                String name = grid.name() + (1 + random.nextInt(12)) + "栋" + (1 + random.nextInt(4)) + "单元"
                        + (101 + 100 * random.nextInt(6) + random.nextInt(3)) + "（" + FAMILIES[family++ % FAMILIES.length]
                        + "家）";
                added.add(places.create(new PlaceData(PlaceKind.HOUSEHOLD, name, "长春市经开区" + grid.name(),
                        grid.id(), null, null, null, null, 30, null), AreaScope.everything()));
            }
        }
        return added;
    }

    private static boolean isBusiness(VisitKind kind) {
        return kind == VisitKind.ENTERPRISE || kind == VisitKind.VENUE || kind == VisitKind.SCHOOL;
    }

    /** Visits at about the place's target: every target × (low … low + spread) days. Returns how many. */
    private int season(PlaceView place, LocalDate seasonEnd, double low, double spread) {
        int target = place.visitEveryDays() == null ? 30 : place.visitEveryDays();
        int count = 0;
        LocalDate day = SEASON_START.plusDays(random.nextInt(Math.max(1, target / 2)));
        while (!day.isAfter(seasonEnd)) {
            if (visit(place, VisitKind.of(place.kind()), day)) {
                count++;
            }
            day = day.plusDays(Math.max(3, Math.round(target * (low + spread * random.nextDouble()))));
        }
        return count;
    }

    /**
     * One visit since the season to most places, within their target, so that only some are due: about one in
     * six elsewhere, and in 临河社区 the households and police offices (officer.linhe's "due to visit" list).
     */
    private void recentRound(List<PlaceView> all, LocalDate today) {
        for (PlaceView place : all) {
            Team team = teams.get(place.gridId());
            boolean linhe = team != null && team.communityCode.equals(LINHE_COMMUNITY);
            boolean leftDue = linhe
                    ? place.kind() == PlaceKind.POLICE_OFFICE || place.kind() == PlaceKind.HOUSEHOLD && random.nextBoolean()
                    : random.nextInt(6) == 0;
            int target = place.visitEveryDays() == null ? 30 : place.visitEveryDays();
            if (!leftDue) {
                visit(place, VisitKind.of(place.kind()), today.minusDays(1 + random.nextInt(Math.max(1, target - 1))));
            }
        }
    }

    private boolean visit(PlaceView place, VisitKind kind, LocalDate day) {
        return write(kind, place.gridId(), place, day);
    }

    private boolean write(VisitKind kind, long gridId, PlaceView place, LocalDate day) {
        Team team = teams.get(gridId);
        if (team == null || team.officer == null) {
            return false;
        }
        Instant at = day.atTime(LocalTime.of(8 + random.nextInt(10), random.nextInt(60)))
                .atZone(RecordFilter.ZONE).toInstant();
        if (at.isAfter(now)) {
            return false;
        }
        VisitCategory category = category();
        String[] lines = LEARNED.get(kind)[category.ordinal()];
        String learned = lines[random.nextInt(lines.length)];
        boolean followUp = category == VisitCategory.RISK || category == VisitCategory.REQUEST && random.nextBoolean();
        LocalDate followUpBy = followUp ? day.plusDays(3 + random.nextInt(12)) : null;
        List<Long> who = new ArrayList<>(List.of(team.officer));
        if (team.auxiliary != null && random.nextInt(3) > 0) {
            who.add(team.auxiliary);
        }
        Double lat = place == null ? null : place.latitude();
        Double lon = place == null ? null : place.longitude();
        List<MultipartFile> photos = category == VisitCategory.RISK && random.nextInt(3) == 0
                ? List.of(photo(written)) : List.of();
        var visit = visits.create(new VisitData(kind, gridId, place == null ? null : place.id(), at, who, category,
                learned, followUp, followUpBy, null, lat, lon, null, DemoAnswers.answer(written),
                DemoAnswers.remark(written)), photos, AreaScope.everything(),
                recorder(team.communityCode));
        if (followUp && followUpBy.isBefore(LocalDate.now(clock.withZone(RecordFilter.ZONE)).minusDays(3))
                && random.nextInt(4) > 0) {
            visits.completeFollowUp(visit.id(), visit.version(), AreaScope.everything());
        }
        if (++written % 25 == 0) {
            detach();
        }
        return true;
    }

    /**
     * Writes out and forgets what the transaction holds so far: the whole demo is one transaction, and every
     * native query flushes the persistence context first, which grows slower with each record it holds.
     */
    private void detach() {
        entityManager.flush();
        entityManager.clear();
    }

    private VisitCategory category() {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return VisitCategory.CONCERN;
        }
        if (roll < 48) {
            return VisitCategory.REQUEST;
        }
        if (roll < 60) {
            return VisitCategory.RISK;
        }
        if (roll < 75) {
            return VisitCategory.PRAISE;
        }
        return VisitCategory.OTHER;
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    /**
     * Who typed the visit in: the demo officer or auxiliary of their own community, the district staff's
     * account (内勤, entering the paper ledgers) everywhere else.
     */
    private Recorder recorder(String communityCode) {
        String username = switch (communityCode) {
            case LINHE_COMMUNITY -> random.nextInt(3) == 0 ? "aux.linhe" : "officer.linhe";
            case "JK-DF-01" -> "officer.dongfang";
            default -> "branch.admin";
        };
        return recorders.computeIfAbsent(username, name -> {
            AccountView account = accounts.findByUsername(name)
                    .orElseThrow(() -> new IllegalStateException("demo account " + name + " missing"));
            return new Recorder(account.id(), account.displayName());
        });
    }

    /** The grid's community officer and one of its auxiliaries (by home area), and the community's code. */
    private Team team(AreaSummary grid) {
        AreaSummary community = areas.find(grid.parentId()).orElseThrow();
        AreaScope within = new AreaScope(community.path());
        Long officer = people.activeWithin(within, PersonKind.OFFICER).stream().map(PersonSummary::id)
                .findFirst().orElse(null);
        List<PersonSummary> auxiliaries = people.activeWithin(within, PersonKind.AUXILIARY);
        Long auxiliary = auxiliaries.isEmpty() ? null
                : auxiliaries.get((int) (grid.id() % auxiliaries.size())).id();
        return new Team(community.code(), officer, auxiliary);
    }

    private record Team(String communityCode, Long officer, Long auxiliary) {
    }

    /** A small picture standing in for a photo taken on the phone. */
    private static MultipartFile photo(int n) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(70 + n % 120, 110, 160), 320, 240, new Color(200, 190, 150)));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(90, 80, 70));
        g.fillRect(40 + n % 60, 120, 120, 90);
        g.setColor(new Color(230, 120, 40));
        g.fillOval(200, 40 + n % 40, 60, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoPhoto("visit-" + n + ".jpg", out.toByteArray());
    }

    /** Just enough of an upload for the photo module. */
    private record DemoPhoto(String filename, byte[] bytes) implements MultipartFile {

        @Override
        public String getName() {
            return "photos";
        }

        @Override
        public String getOriginalFilename() {
            return filename;
        }

        @Override
        public String getContentType() {
            return "image/jpeg";
        }

        @Override
        public boolean isEmpty() {
            return bytes.length == 0;
        }

        @Override
        public long getSize() {
            return bytes.length;
        }

        @Override
        public byte[] getBytes() {
            return bytes.clone();
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public void transferTo(File dest) {
            throw new UnsupportedOperationException("demo photos stay in memory");
        }
    }
}
