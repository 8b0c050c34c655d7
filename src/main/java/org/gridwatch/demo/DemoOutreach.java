package org.gridwatch.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.outreach.ConsultationChannel;
import org.gridwatch.outreach.ConsultationData;
import org.gridwatch.outreach.Consultations;
import org.gridwatch.outreach.DrillData;
import org.gridwatch.outreach.Drills;
import org.gridwatch.outreach.FieldFacts;
import org.gridwatch.outreach.PublicityData;
import org.gridwatch.outreach.PublicityEvents;
import org.gridwatch.outreach.PublicityTopic;
import org.gridwatch.outreach.Recorder;
import org.gridwatch.people.MediatorKind;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonKind;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.place.PartnerDirectory;
import org.gridwatch.place.PartnerView;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.place.PlaceKind;
import org.gridwatch.place.PlaceView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The outreach season of the article, June to September 2026, through the outreach facades: 330 legal
 * consultations (most answered by the stations' lawyers and mediators), 24 publicity events (anti-fraud most of
 * all, at schools, markets and enterprises) and drills with 摩天活力城, 中东大市场 and 中日联谊医院. Drawn from a
 * fixed seed, so every load is the same; nothing is dated after the moment of loading.
 */
@Component
@Order(30)
class DemoOutreach implements DemoRecords {

    static final LocalDate SEASON_START = LocalDate.of(2026, 6, 1);
    static final LocalDate SEASON_END = LocalDate.of(2026, 9, 30);
    static final int CONSULTATIONS_PER_STATION = 55;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(DemoOutreach.class);
    private static final Recorder RECORDER = new Recorder(null, "演示数据");

    /** Questions residents bring and the answers given, as an officer or lawyer would note them. */
    private static final String[][] QUESTIONS = {
        {"房东不退租房押金怎么办？", "先保留合同和转账凭证与房东协商；协商不成可申请人民调解或向法院起诉。"},
        {"邻居装修噪音扰民，晚上十点后还在施工。", "可先找物业协调；夜间施工扰民可拨打110，由民警依法处理。"},
        {"在网上买东西被骗了 800 元，能追回吗？", "立即报警并保存聊天记录、付款截图；已指导下载国家反诈中心APP。"},
        {"工地拖欠工资三个月，老板联系不上。", "可向劳动保障监察部门投诉或申请劳动仲裁；已告知12333热线。"},
        {"父母的房子兄弟姐妹怎么分？", "有遗嘱按遗嘱，无遗嘱按法定继承平均分配；建议先家庭协商，必要时公证。"},
        {"电动车在小区楼道充电被物业罚款，合法吗？", "楼道充电存在火灾隐患，物业可劝阻并上报；罚款须有依据，建议与物业沟通。"},
        {"交通事故对方全责但不赔偿。", "可凭事故认定书向对方保险公司索赔，或向法院起诉；已告知诉讼时效。"},
        {"被人借钱不还，只有微信聊天记录。", "微信记录和转账记录可作为证据，建议先发催告，再向法院起诉。"},
        {"离婚后孩子抚养费对方不给。", "可向法院申请强制执行；已介绍驻所律师进一步咨询。"},
        {"老人被推销保健品花了两万元，能退吗？", "保留购买凭证，向市场监管部门投诉；涉嫌诈骗的已登记线索。"},
        {"狗咬伤了人，狗主人要负什么责任？", "饲养人应承担侵权责任并赔偿医药费；未拴绳的可依法处罚。"},
        {"在网吧丢了手机，网吧要不要负责？", "网吧有一定安全保障义务，可调取监控；已帮助报案登记。"},
        {"收到自称公检法的电话要求转账。", "公检法不会电话要求转账，这是诈骗；已现场讲解反诈知识。"},
        {"物业费不交物业能停水停电吗？", "物业无权停水停电，欠费问题应协商或诉讼解决。"},
        {"打零工受伤了，老板说没签合同不管。", "存在事实劳动关系即可主张工伤待遇；已告知申请劳动仲裁的途径。"},
        {"家里老人想立遗嘱，怎么立才有效？", "可自书、代书或公证遗嘱，须符合形式要件；已介绍公证处。"},
        {"孩子在学校被同学打伤，怎么处理？", "先就医并保留病历，与学校沟通；情节严重的可报警处理。"},
        {"商铺租约没到期，房东要收回。", "房东提前解约构成违约，应按合同赔偿；建议协商或申请调解。"},
        {"车被人刮了，对方跑了。", "已调取附近监控并登记，协助联系保险公司理赔。"},
        {"网上有人冒充我借钱。", "及时告知亲友并报警；已指导在社交平台举报冒用账号。"},
        {"农村宅基地能不能卖给外村人？", "宅基地不得向本集体经济组织以外的人员转让，买卖合同可能无效。"},
        {"被公司辞退没有补偿。", "违法解除劳动合同可主张赔偿金；已告知劳动仲裁的时效为一年。"},
        {"在小区里被高空抛物砸坏了车。", "可报警调查，查不到具体人的由可能加害的建筑物使用人补偿。"},
        {"想给儿子办户口迁移需要什么材料？", "已告知所需材料和办理窗口，可在派出所户籍室办理。"},
        {"借给亲戚的钱没有借条怎么办？", "可让对方补写借条或通过录音、转账记录固定证据。"}
    };

    private static final String[] ANTI_FRAUD_TITLES = {"反诈宣传进校园", "守护钱袋子·反诈进市场", "全民反诈进企业",
        "反诈知识进社区", "防范养老诈骗宣讲", "夏季反诈“百日行动”宣传", "反诈宣传进商超"};
    private static final String[] LEGAL_TITLES = {"民法典进社区宣讲", "法律明白人培训", "以案说法进企业"};
    private static final String[] TRAFFIC_TITLES = {"暑期交通安全课", "电动车安全骑行宣传"};
    private static final String[] DRUG_TITLES = {"6·26 国际禁毒日宣传", "青少年禁毒知识讲座"};

    private final AreaDirectory areas;
    private final PersonDirectory people;
    private final PlaceDirectory places;
    private final PartnerDirectory partners;
    private final Consultations consultations;
    private final PublicityEvents publicity;
    private final Drills drills;
    private final Clock clock;
    private final EntityManager entityManager;

    private Random random;

    /** Consultations planned so far: numbers the residents' answers. */
    private long consultationsPlanned;
    private final AreaScope all = AreaScope.everything();

    DemoOutreach(AreaDirectory areas, PersonDirectory people, PlaceDirectory places, PartnerDirectory partners,
            Consultations consultations, PublicityEvents publicity, Drills drills, Clock clock,
            EntityManager entityManager) {
        this.areas = areas;
        this.people = people;
        this.places = places;
        this.partners = partners;
        this.consultations = consultations;
        this.publicity = publicity;
        this.drills = drills;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** Writes the season's records in the order they happened; the caller holds the transaction. */
    @Override
    public void load() {
        random = new Random(20260601L);
        consultationsPlanned = 0;
        List<Planned> planned = new ArrayList<>();
        List<Station> stations = areas.liveWithin(all, AreaType.STATION).stream().map(this::station).toList();
        for (Station station : stations) {
            for (int i = 0; i < CONSULTATIONS_PER_STATION; i++) {
                planned.add(consultation(station));
            }
        }
        int[] topics = {6, 6, 4, 4, 2, 2};
        for (int s = 0; s < stations.size(); s++) {
            for (int i = 0; i < (s < topics.length ? topics[s] : 2); i++) {
                planned.add(publicityEvent(stations.get(s), i));
            }
        }
        planned.addAll(drillsWithPartners(stations));
        Instant now = clock.instant();
        long started = System.nanoTime();
        List<Planned> due = planned.stream().filter(p -> !p.at().isAfter(now))
                .sorted(Comparator.comparing(Planned::at)).toList();
        for (Planned p : due) {
            p.write().get();
            // One transaction holds the whole demo: without this every query would first dirty-check everything
            // written so far (each record is flushed by its facade already).
            entityManager.clear();
        }
        log.info("Demo outreach season: {} records in {} ms", due.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private Planned consultation(Station station) {
        Community community = pick(station.communities);
        long grid = pick(community.grids).id();
        String[] qa = QUESTIONS[random.nextInt(QUESTIONS.length)];
        Instant at = time();
        int who = random.nextInt(100);
        Long answeredBy;
        if (who < 40 && !station.lawyers.isEmpty()) {
            answeredBy = pick(station.lawyers);
        } else if (who < 60 && !station.mediators.isEmpty()) {
            answeredBy = pick(station.mediators);
        } else if (who < 95) {
            answeredBy = community.officer;
        } else {
            answeredBy = null;
        }
        List<Long> takenBy = new ArrayList<>(List.of(community.officer));
        if (!community.auxiliaries.isEmpty() && random.nextInt(3) == 0) {
            takenBy.add(pick(community.auxiliaries));
        }
        int c = random.nextInt(100);
        ConsultationChannel channel = c < 55 ? ConsultationChannel.IN_PERSON
                : c < 85 ? ConsultationChannel.PHONE : ConsultationChannel.ONLINE;
        long n = ++consultationsPlanned;
        ConsultationData data = new ConsultationData(new FieldFacts(grid, at, takenBy, null, null, null, null), qa[0],
                answeredBy == null ? null : qa[1], answeredBy, channel,
                answeredBy == null ? null : DemoAnswers.answer(n), answeredBy == null ? null : DemoAnswers.remark(n));
        return new Planned(at, () -> consultations.create(data, List.of(), RECORDER, all));
    }

    /** The first three events of a station are anti-fraud ones (the article's focus), then law, drugs, traffic. */
    private Planned publicityEvent(Station station, int index) {
        PublicityTopic topic = index < 3 ? PublicityTopic.ANTI_FRAUD : switch (index) {
            case 3 -> PublicityTopic.LEGAL;
            case 4 -> PublicityTopic.DRUGS;
            default -> PublicityTopic.TRAFFIC;
        };
        String title = switch (topic) {
            case ANTI_FRAUD -> ANTI_FRAUD_TITLES[random.nextInt(ANTI_FRAUD_TITLES.length)];
            case LEGAL -> LEGAL_TITLES[random.nextInt(LEGAL_TITLES.length)];
            case TRAFFIC -> TRAFFIC_TITLES[random.nextInt(TRAFFIC_TITLES.length)];
            default -> DRUG_TITLES[random.nextInt(DRUG_TITLES.length)];
        };
        Instant at = topic == PublicityTopic.DRUGS && title.startsWith("6·26")
                ? LocalDate.of(2026, 6, 26).atTime(9, 30).atZone(ZONE).toInstant() : time();
        List<PlaceView> venues = new ArrayList<>();
        for (PlaceKind kind : List.of(PlaceKind.SCHOOL, PlaceKind.MARKET, PlaceKind.ENTERPRISE, PlaceKind.HOSPITAL)) {
            for (Community community : station.communities) {
                for (AreaSummary grid : community.grids) {
                    venues.addAll(places.inGrid(grid.id(), kind, all));
                }
            }
        }
        PlaceView place = venues.isEmpty() || random.nextInt(4) == 0 ? null : pick(venues);
        Community community = place == null ? pick(station.communities)
                : station.communities.stream().filter(c -> c.grids.stream().anyMatch(g -> g.id() == place.gridId()))
                        .findFirst().orElseThrow();
        long grid = place == null ? pick(community.grids).id() : place.gridId();
        List<Long> team = new ArrayList<>(List.of(community.officer));
        community.auxiliaries.stream().limit(1 + random.nextInt(2)).forEach(team::add);
        if (random.nextInt(3) == 0) {
            team.add(station.chief);
        }
        int audience = place != null && place.kind() == PlaceKind.SCHOOL ? 200 + random.nextInt(600)
                : 40 + random.nextInt(260);
        PublicityData data = new PublicityData(new FieldFacts(grid, at, team, notes(topic, audience),
                place == null ? null : place.latitude(), place == null ? null : place.longitude(), null),
                topic, title, place == null ? null : place.id(), place == null ? community.name + "文化广场" : null,
                audience);
        return new Planned(at, () -> publicity.create(data, List.of(), RECORDER, all));
    }

    private String notes(PublicityTopic topic, int audience) {
        return switch (topic) {
            case ANTI_FRAUD -> "发放反诈宣传册 " + (audience + 50) + " 份，指导安装国家反诈中心APP " + audience / 3 + " 人。";
            case DRUGS -> "展出禁毒展板 12 块，发放宣传品 " + audience + " 份。";
            default -> null;
        };
    }

    /** Two drills with each of the article's partner units, and one joint drill of the mall and the market. */
    private List<Planned> drillsWithPartners(List<Station> stations) {
        List<Planned> planned = new ArrayList<>();
        PartnerView mall = partner("摩天活力城");
        PartnerView market = partner("中东大市场");
        PartnerView hospital = partner("中日联谊医院");
        if (mall == null || market == null || hospital == null) {
            return planned;
        }
        planned.add(drill(stations, mall, List.of(mall.id()), "商场火灾人员疏散演练", LocalDate.of(2026, 6, 18)));
        planned.add(drill(stations, mall, List.of(mall.id()), "反恐防暴处置演练", LocalDate.of(2026, 8, 12)));
        planned.add(drill(stations, market, List.of(market.id()), "市场踩踏预防及人员疏散演练", LocalDate.of(2026, 7, 9)));
        planned.add(drill(stations, market, List.of(market.id(), mall.id()), "夜市突发事件联合处置演练",
                LocalDate.of(2026, 9, 3)));
        planned.add(drill(stations, hospital, List.of(hospital.id()), "涉医突发事件处置演练", LocalDate.of(2026, 7, 23)));
        planned.add(drill(stations, hospital, List.of(hospital.id()), "医院消防应急疏散演练", LocalDate.of(2026, 9, 17)));
        return planned;
    }

    private Planned drill(List<Station> stations, PartnerView host, List<Long> units, String scenario, LocalDate day) {
        long grid = host.gridIds().stream().sorted().findFirst().orElseThrow();
        Station station = stations.stream().filter(s -> s.id == host.homeAreaId()).findFirst().orElseThrow();
        Community community = station.communities.stream()
                .filter(c -> c.grids.stream().anyMatch(g -> g.id() == grid)).findFirst().orElseThrow();
        List<Long> ours = new ArrayList<>(List.of(station.chief, community.officer));
        ours.addAll(community.auxiliaries);
        Instant at = day.atTime(LocalTime.of(14, 30)).atZone(ZONE).toInstant();
        DrillData data = new DrillData(new FieldFacts(grid, at, ours, "演练结束后现场讲评，明确改进事项。", null, null, null),
                units, scenario, 12 + random.nextInt(34));
        return new Planned(at, () -> drills.create(data, List.of(), RECORDER, all));
    }

    private PartnerView partner(String name) {
        return partners.search(name, null, null, all, PageRequest.of(0, 1)).stream().findFirst().orElse(null);
    }

    private Station station(AreaSummary area) {
        AreaScope scope = new AreaScope(area.path());
        Station station = new Station(area.id());
        for (PersonSummary mediator : people.activeWithin(scope, PersonKind.MEDIATOR)) {
            (mediator.mediatorKind() == MediatorKind.LAWYER ? station.lawyers : station.mediators).add(mediator.id());
        }
        station.chief = people.activeWithin(scope, PersonKind.OFFICER).stream()
                .filter(p -> p.homeAreaId() == area.id()).map(PersonSummary::id).findFirst().orElse(null);
        for (AreaSummary communityArea : areas.liveWithin(scope, AreaType.COMMUNITY)) {
            AreaScope communityScope = new AreaScope(communityArea.path());
            List<Long> officers = people.activeWithin(communityScope, PersonKind.OFFICER).stream()
                    .map(PersonSummary::id).toList();
            List<AreaSummary> grids = areas.liveWithin(communityScope, AreaType.GRID);
            if (officers.isEmpty() || grids.isEmpty()) {
                continue;
            }
            Community community = new Community(communityArea.name(), officers.get(0), grids);
            people.activeWithin(communityScope, PersonKind.AUXILIARY).forEach(p -> community.auxiliaries.add(p.id()));
            station.communities.add(community);
        }
        if (station.chief == null) {
            station.chief = station.communities.get(0).officer;
        }
        return station;
    }

    /** A day of the season and a working hour, to five minutes. */
    private Instant time() {
        long days = ChronoUnit.DAYS.between(SEASON_START, SEASON_END) + 1;
        LocalDate day = SEASON_START.plusDays(random.nextInt((int) days));
        LocalTime hour = LocalTime.of(8 + random.nextInt(11), random.nextInt(12) * 5);
        return day.atTime(hour).atZone(ZONE).toInstant();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private record Planned(Instant at, Supplier<?> write) {
    }

    private static final class Station {
        final long id;
        Long chief;
        final List<Long> lawyers = new ArrayList<>();
        final List<Long> mediators = new ArrayList<>();
        final List<Community> communities = new ArrayList<>();

        Station(long id) {
            this.id = id;
        }
    }

    private static final class Community {
        final String name;
        final long officer;
        final List<AreaSummary> grids;
        final List<Long> auxiliaries = new ArrayList<>();

        Community(String name, long officer, List<AreaSummary> grids) {
            this.name = name;
            this.officer = officer;
            this.grids = grids;
        }
    }
}
