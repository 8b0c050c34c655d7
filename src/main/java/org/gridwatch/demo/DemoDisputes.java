package org.gridwatch.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import jakarta.persistence.EntityManager;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.dispute.CallBack;
import org.gridwatch.dispute.DisputeActor;
import org.gridwatch.dispute.DisputeCategory;
import org.gridwatch.dispute.DisputeData;
import org.gridwatch.dispute.DisputeManagement;
import org.gridwatch.dispute.DisputeSource;
import org.gridwatch.dispute.Escalation;
import org.gridwatch.dispute.EscalationLevel;
import org.gridwatch.dispute.PartyData;
import org.gridwatch.dispute.ReceivingBody;
import org.gridwatch.dispute.Referral;
import org.gridwatch.dispute.Resolution;
import org.gridwatch.dispute.RiskLevel;
import org.gridwatch.dispute.SessionData;
import org.gridwatch.duty.AssignmentView;
import org.gridwatch.duty.DutyDirectory;
import org.gridwatch.duty.DutyRole;
import org.gridwatch.fieldwork.Satisfaction;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.people.MediatorKind;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonKind;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.place.PlaceKind;
import org.gridwatch.place.PlaceView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo season of disputes, through {@link DisputeManagement}: from June to September 2026, 32 disputes mediated
 * to an agreement and closed after the call-back (the article's "化解矛盾纠纷32起"), four referred to the 司法所 or
 * the court (and called back), two escalated; and, dated back from the day of loading so they stay current, a few under mediation,
 * one just reported, and two past their deadline (one yellow, one red 督办). The community mediator with the demo
 * account {@code mediator.wang} is on the team of the 临河 station's disputes; each station's lawyer on some.
 * Everything comes from a fixed-seed {@link Random}, so every load is the same.
 */
@Component
@Order(50)
class DemoDisputes implements DemoRecords {

    private static final Logger log = LoggerFactory.getLogger(DemoDisputes.class);

    static final int RESOLVED = 32;
    private static final LocalDate SEASON_START = LocalDate.of(2026, 6, 1);
    private static final int SEASON_DAYS = 118;
    private static final String MEDIATOR_ACCOUNT = "mediator.wang";

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡";
    private static final String[] GIVEN = {"桂兰", "国华", "秀英", "建军", "玉梅", "志刚", "海波", "淑珍", "德明", "红霞",
            "春生", "丽华", "长江", "凤琴", "永良", "晓光", "文静", "宝山", "金花", "立国"};
    private static final String[] REGIONS = {"220104", "220105", "220106", "220112", "220173"};

    private final DisputeManagement disputes;
    private final AreaDirectory areas;
    private final DutyDirectory duty;
    private final PersonDirectory people;
    private final PlaceDirectory places;
    private final AccountManagement accounts;
    private final Clock clock;
    private final EntityManager entityManager;

    private Random random;
    private Instant now;
    private final Map<Long, Long> versions = new HashMap<>();
    private int count;

    DemoDisputes(DisputeManagement disputes, AreaDirectory areas, DutyDirectory duty, PersonDirectory people,
            PlaceDirectory places, AccountManagement accounts, Clock clock, EntityManager entityManager) {
        this.disputes = disputes;
        this.areas = areas;
        this.duty = duty;
        this.people = people;
        this.places = places;
        this.accounts = accounts;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** Writes the season; the caller holds the demo transaction and has loaded the territory. */
    @Override
    public void load() {
        long started = System.nanoTime();
        count = 0;
        random = new Random(20260601L);
        now = clock.instant();
        List<GridTeam> grids = grids();
        if (grids.isEmpty()) {
            return;
        }
        for (int i = 0; i < RESOLVED; i++) {
            Instant reported = seasonDay(i * 105 / RESOLVED + random.nextInt(3));
            closedAfterAgreement(pick(grids, reported, i), reported, i);
        }
        for (int i = 0; i < 4; i++) {
            Instant reported = seasonDay(10 + i * 27 + random.nextInt(5));
            referred(pick(grids, reported, 3 + i * 7), reported);
        }
        for (int i = 0; i < 2; i++) {
            Instant reported = seasonDay(40 + i * 45);
            escalated(pick(grids, reported, 11 + i * 13), reported, i == 0 ? EscalationLevel.STATION
                    : EscalationLevel.BRANCH);
        }
        // Still open: dated back from today, so the deadlines stand as described whenever the demo is loaded.
        GridTeam linhe = grids.get(0);
        open(linhe, now.minus(Duration.ofDays(6)), true);
        open(pick(grids, now.minus(Duration.ofDays(9)), 17), now.minus(Duration.ofDays(9)), true);
        open(pick(grids, now.minus(Duration.ofDays(4)), 23), now.minus(Duration.ofDays(4)), true);
        open(pick(grids, now.minus(Duration.ofDays(17)), 29), now.minus(Duration.ofDays(17)), true);   // yellow
        open(linhe, now.minus(Duration.ofDays(25)), true);                                              // red 督办
        open(pick(grids, now.minus(Duration.ofDays(1)), 31), now.minus(Duration.ofDays(1)), false);     // accepted
        reportOnly(pick(grids, now.minus(Duration.ofHours(3)), 37), now.minus(Duration.ofHours(3)));
        log.info("Loaded {} demo disputes in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    private void closedAfterAgreement(GridTeam grid, Instant reported, int n) {
        DisputeCategory category = DisputeCategory.values()[n % DisputeCategory.values().length];
        long id = report(grid, category, reported);
        Instant at = accept(id, grid, reported.plus(hours(2, 20)));
        Long mediator = grid.mediatorFor(n, random);
        at = at.plus(hours(1, 30));
        at = mediate(id, grid, mediator, at);
        int sessions = 1 + random.nextInt(3);
        for (int s = 0; s < sessions; s++) {
            at = at.plus(hours(20, 60));
            session(id, grid, mediator, at, s);
        }
        Instant resolved = at.plus(hours(2, 30));
        step(id, v -> disputes.resolve(id, v, new Resolution(agreement(category)), officer(grid, resolved)));
        Instant callBack = resolved.plus(Duration.ofDays(2 + random.nextInt(5)));
        String result = CALL_BACKS[random.nextInt(CALL_BACKS.length)];
        step(id, v -> disputes.close(id, v, new CallBack(date(callBack), result, satisfaction(n)),
                officer(grid, callBack)));
    }

    private void referred(GridTeam grid, Instant reported) {
        DisputeCategory category = random.nextBoolean() ? DisputeCategory.PROPERTY : DisputeCategory.LABOUR;
        long id = report(grid, category, reported);
        Instant at = accept(id, grid, reported.plus(hours(2, 16)));
        at = mediate(id, grid, grid.lawyer, at.plus(hours(2, 24)));
        at = at.plus(hours(24, 72));
        session(id, grid, grid.lawyer, at, 0);
        Instant referred = at.plus(hours(4, 24));
        boolean court = category == DisputeCategory.LABOUR;
        step(id, v -> disputes.refer(id, v, new Referral(court ? ReceivingBody.COURT : ReceivingBody.JUDICIAL_OFFICE,
                court ? "涉及劳动合同解除，引导当事人申请劳动仲裁或向人民法院起诉。" : "涉及房屋产权归属，移交司法所依法调处。"),
                officer(grid, referred)));
        Instant callBack = referred.plus(Duration.ofDays(3 + random.nextInt(4)));
        step(id, v -> disputes.close(id, v, new CallBack(date(callBack), "回访：接收单位已受理，当事人情绪稳定。",
                Satisfaction.BASICALLY), officer(grid, callBack)));
    }

    private void escalated(GridTeam grid, Instant reported, EscalationLevel level) {
        long id = report(grid, DisputeCategory.PROPERTY, reported, RiskLevel.HIGH);
        Instant escalatedAt = accept(id, grid, reported.plus(hours(1, 6))).plus(hours(2, 8));
        step(id, v -> disputes.escalate(id, v, new Escalation(level, level == EscalationLevel.STATION
                ? "小区二十余户业主与开发商就延期交房集体维权，超出网格化解能力，报所里统筹。"
                : "涉及多家单位的农民工群体讨薪，存在聚集风险，报分局协调相关部门。"), officer(grid, escalatedAt)));
    }

    /** A dispute still with the team: mediating since {@code accepted} (or only accepted then). */
    private void open(GridTeam grid, Instant accepted, boolean mediating) {
        DisputeCategory category = DisputeCategory.values()[random.nextInt(DisputeCategory.values().length)];
        Instant reported = accepted.minus(hours(2, 12));
        long id = report(grid, category, reported);
        accept(id, grid, accepted);
        if (mediating) {
            Long mediator = grid.mediatorFor(random.nextInt(4), random);
            Instant at = mediate(id, grid, mediator, accepted.plus(hours(1, 20)));
            if (at.plus(Duration.ofDays(1)).isBefore(now)) {
                session(id, grid, mediator, at.plus(hours(18, 24)), 0);
            }
        }
    }

    private void reportOnly(GridTeam grid, Instant reported) {
        report(grid, DisputeCategory.NEIGHBOUR, reported);
    }

    private long report(GridTeam grid, DisputeCategory category, Instant reported) {
        RiskLevel risk = random.nextInt(6) == 0 ? RiskLevel.HIGH
                : random.nextInt(3) == 0 ? RiskLevel.MEDIUM : RiskLevel.LOW;
        return report(grid, category, reported, risk);
    }

    private long report(GridTeam grid, DisputeCategory category, Instant reported, RiskLevel risk) {
        // Everything before is written: a small persistence context keeps each of the many flushes below cheap.
        entityManager.flush();
        entityManager.clear();
        count++;
        String[] texts = DESCRIPTIONS[category.ordinal()];
        Long placeId = category == DisputeCategory.CONSUMER ? grid.place : null;
        DisputeSource source = SOURCES[random.nextInt(SOURCES.length)];
        Instant occurred = reported.minus(hours(1, 48));
        return disputes.report(new DisputeData(grid.gridId, placeId, category, risk, source,
                texts[random.nextInt(texts.length)], occurred, parties(), null), officer(grid, reported));
    }

    private Instant accept(long id, GridTeam grid, Instant at) {
        step(id, v -> disputes.accept(id, v, officer(grid, at)));
        return at;
    }

    /** Puts the mediator on the team (if not on it yet) and starts mediating; returns when. */
    private Instant mediate(long id, GridTeam grid, Long mediator, Instant at) {
        if (mediator != null) {
            step(id, v -> disputes.addToTeam(id, v, mediator, officer(grid, at)));
        }
        if (grid.lawyer != null && !grid.lawyer.equals(mediator) && random.nextInt(3) == 0) {
            step(id, v -> disputes.addToTeam(id, v, grid.lawyer, officer(grid, at)));
        }
        step(id, v -> disputes.startMediation(id, v, officer(grid, at)));
        return at;
    }

    private void session(long id, GridTeam grid, Long mediator, Instant at, int number) {
        String mediatorName = mediator == null ? "" : "、" + name(mediator);
        step(id, v -> disputes.recordSession(id, v, new SessionData(at.minus(Duration.ofHours(2)),
                "双方当事人、" + grid.officerName + mediatorName, SESSIONS[Math.min(number, SESSIONS.length - 1)]),
                mediator == null ? officer(grid, at) : mediatorActor(mediator, at)));
    }

    private List<GridTeam> grids() {
        AreaScope everything = AreaScope.everything();
        Long wang = accounts.findByUsername(MEDIATOR_ACCOUNT)
                .flatMap(account -> people.ofAccount(account.id())).map(PersonSummary::id).orElse(null);
        List<GridTeam> teams = new ArrayList<>();
        for (AreaSummary station : areas.liveWithin(everything, AreaType.STATION)) {
            AreaScope stationScope = new AreaScope(station.path());
            List<PersonSummary> mediators = people.activeWithin(stationScope, PersonKind.MEDIATOR);
            Long lawyer = mediators.stream().filter(p -> p.mediatorKind() == MediatorKind.LAWYER).map(PersonSummary::id)
                    .findFirst().orElse(null);
            Long community = mediators.stream().filter(p -> p.mediatorKind() == MediatorKind.COMMUNITY_WORKER)
                    .map(PersonSummary::id).findFirst().orElse(null);
            for (AreaSummary grid : areas.liveWithin(stationScope, AreaType.GRID)) {
                Optional<AssignmentView> officer = duty.history(grid.id(), everything).stream()
                        .filter(a -> a.role() == DutyRole.RESPONSIBLE_OFFICER).reduce((newer, older) -> newer);
                if (officer.isEmpty() || officer.get().validTo() != null) {
                    continue;
                }
                Long place = places.inGrid(grid.id(), PlaceKind.VENUE, everything).stream().findFirst()
                        .or(() -> places.inGrid(grid.id(), PlaceKind.MARKET, everything).stream().findFirst())
                        .map(PlaceView::id).orElse(null);
                teams.add(new GridTeam(grid.id(), officer.get().personId(), officer.get().personName(),
                        officer.get().validFrom(), community, lawyer, place,
                        community != null && community.equals(wang)));
            }
        }
        return teams;
    }

    /** The {@code n}-th grid (round the list) whose officer was on duty on the day; the 临河 station's are favoured. */
    private GridTeam pick(List<GridTeam> grids, Instant at, int n) {
        LocalDate day = date(at);
        List<GridTeam> onDuty = grids.stream().filter(g -> !g.since.isAfter(day)).toList();
        List<GridTeam> from = onDuty.isEmpty() ? grids : onDuty;
        List<GridTeam> linhe = from.stream().filter(g -> g.withDemoMediator).toList();
        if (!linhe.isEmpty() && n % 3 == 0) {
            return linhe.get((n / 3) % linhe.size());
        }
        return from.get((n * 7) % from.size());
    }

    private DisputeActor officer(GridTeam grid, Instant at) {
        return new DisputeActor(null, grid.officer, grid.officerName, Set.of(Role.OFFICER), AreaScope.everything(),
                before(at));
    }

    private DisputeActor mediatorActor(long person, Instant at) {
        return new DisputeActor(null, person, name(person), Set.of(Role.MEDIATOR), AreaScope.everything(), before(at));
    }

    /** Never later than now: a step planned in the future is recorded now. */
    private Instant before(Instant at) {
        return at.isAfter(now) ? now : at;
    }

    /** Runs a step against the version the previous one left, and keeps the new one. */
    private void step(long id, LongUnaryOperator call) {
        versions.put(id, call.applyAsLong(versions.getOrDefault(id, 0L)));
    }

    private String name(long person) {
        return people.find(person).map(PersonSummary::name).orElse("");
    }

    private Instant seasonDay(int day) {
        LocalDateTime at = SEASON_START.plusDays(Math.min(day, SEASON_DAYS)).atTime(8 + random.nextInt(10),
                random.nextInt(60));
        return at.atZone(org.gridwatch.fieldwork.RecordFilter.ZONE).toInstant();
    }

    private Duration hours(int min, int max) {
        return Duration.ofMinutes(60L * min + random.nextInt(60 * (max - min) + 1));
    }

    private static LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, org.gridwatch.fieldwork.RecordFilter.ZONE);
    }

    private Satisfaction satisfaction(int n) {
        if (n == 13) {
            return Satisfaction.UNSATISFIED;
        }
        return n % 5 == 2 ? Satisfaction.BASICALLY : Satisfaction.SATISFIED;
    }

    private List<PartyData> parties() {
        List<PartyData> parties = new ArrayList<>();
        int count = random.nextInt(8) == 0 ? 3 : 2;
        for (int i = 0; i < count; i++) {
            String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
            String phone = "13" + (5 + random.nextInt(5)) + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
            parties.add(new PartyData(name, phone, random.nextBoolean() ? idNumber() : null));
        }
        return parties;
    }

    private String idNumber() {
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
        String first17 = REGIONS[random.nextInt(REGIONS.length)]
                + String.format(Locale.ROOT, "%04d%02d%02d", born.getYear(), born.getMonthValue(), born.getDayOfMonth())
                + String.format(Locale.ROOT, "%03d", random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private String agreement(DisputeCategory category) {
        String[] terms = AGREEMENTS[category.ordinal()];
        return terms[random.nextInt(terms.length)];
    }

    /** A grid with its officer (on duty since {@code since}), the station's mediators and a place for consumer cases. */
    private static final class GridTeam {
        final long gridId;
        final long officer;
        final String officerName;
        final LocalDate since;
        final Long mediator;
        final Long lawyer;
        final Long place;
        final boolean withDemoMediator;

        GridTeam(long gridId, long officer, String officerName, LocalDate since, Long mediator, Long lawyer, Long place,
                boolean withDemoMediator) {
            this.gridId = gridId;
            this.officer = officer;
            this.officerName = officerName;
            this.since = since;
            this.mediator = mediator;
            this.lawyer = lawyer;
            this.place = place;
            this.withDemoMediator = withDemoMediator;
        }

        /** The community mediator mostly (always in 临河, where the demo mediator works), else the lawyer. */
        Long mediatorFor(int n, Random random) {
            if (withDemoMediator || lawyer == null) {
                return mediator;
            }
            return n % 3 == 1 ? lawyer : mediator;
        }
    }

    private static final DisputeSource[] SOURCES = {DisputeSource.WALK_IN, DisputeSource.VISIT, DisputeSource.HOTLINE,
            DisputeSource.PATROL, DisputeSource.WALK_IN, DisputeSource.REFERRAL};

    private static final String[][] DESCRIPTIONS = {
        {"楼上住户装修噪音持续到深夜，楼下住户多次上门交涉未果，双方发生口角。",
            "楼上卫生间漏水导致楼下天棚和墙面受损，双方就维修费用协商未果。",
            "楼道内长期堆放杂物影响通行，邻里之间发生争吵。",
            "因小区车位被长期占用，两户居民发生争执，险些动手。"},
        {"夫妻因家庭琐事长期争吵，女方到警务室求助，要求调解。",
            "兄妹三人因赡养老人费用分担产生矛盾，老人情绪低落。",
            "父子因老房居住和拆迁补偿分配问题发生激烈争执。"},
        {"业主与物业公司因物业费上涨及服务质量问题产生纠纷，十余户拒缴物业费。",
            "租户退租时与房东就押金退还和屋内设施损坏赔偿发生争议。",
            "小区公共绿地改建停车位，部分业主与物业发生冲突。"},
        {"装修工人讨要被拖欠的工资八千六百元，与包工头发生争执。",
            "餐馆员工离职后与老板就工资结算和押金返还产生争议。",
            "物流园临时装卸工与承包方就计件工资标准发生纠纷。"},
        {"顾客在商场购买的电器出现质量问题，与商家就退换货发生争执。",
            "健身会所突然停业，十余名会员要求退还预付卡余额。",
            "顾客在网吧上网时耳机损坏，与网吧就赔偿金额发生争执。"},
        {"两辆电动车在小区门口轻微剐蹭，双方就责任和修车费用发生争执。",
            "宠物犬在小区内咬伤路人，双方就医药费和误工费赔偿协商未果。"}};

    private static final String[][] AGREEMENTS = {
        {"一、楼上住户于三日内请专业人员修复卫生间防水层，并承担楼下天棚、墙面维修费用一千二百元；\n二、双方今后互相体谅，遇事协商解决；\n三、本协议履行完毕后，双方就此事再无其他争议。",
            "一、楼上住户承诺每日晚八时至次日早八时不进行产生噪音的装修作业；\n二、楼下住户不再上门争吵，有问题通过社区或物业反映；\n三、双方握手言和。",
            "一、双方于本周内将楼道杂物清理完毕，今后不在楼道堆放物品；\n二、由社区网格员一个月内回访监督。"},
        {"一、夫妻双方共同承担家务，遇事冷静沟通，不得辱骂、动手；\n二、男方每月将工资的一半交家庭共同开支；\n三、社区调解员一个月后回访。",
            "一、三兄妹每人每月向父亲支付赡养费八百元，于每月五日前转入父亲账户；\n二、老人住院费用由三人平均分担；\n三、长子负责日常照料，其他二人每周探望一次。"},
        {"一、物业公司于十五日内完成电梯维修和楼道照明整改；\n二、业主于整改完成后补缴所欠物业费；\n三、物业费标准按原合同执行至合同期满。",
            "一、房东退还押金三千元中的二千六百元，其余四百元抵扣屋内损坏的热水器维修费；\n二、双方于协议签订当日结清，今后再无争议。"},
        {"一、包工头于七日内一次性支付拖欠工资八千六百元；\n二、如逾期未付，工人可依法申请劳动仲裁；\n三、双方不得再发生冲突。",
            "一、餐馆老板于三日内结清工资四千二百元并退还押金五百元；\n二、员工不再到店内吵闹。"},
        {"一、商家为顾客办理退货并全额退款二千三百元；\n二、顾客撤回投诉。",
            "一、健身会所负责人于三十日内按剩余课时退还会员预付款；\n二、分三期支付，每期付款后由社区调解员确认。",
            "一、顾客赔偿网吧耳机损失八十元；\n二、网吧负责人向顾客道歉，双方和解。"},
        {"一、双方各自承担本方车辆维修费用；\n二、双方互不追究，就此和解。",
            "一、犬主一次性赔偿伤者医药费、误工费等共计二千五百元；\n二、犬主今后出门遛犬必须拴绳；\n三、双方就此事再无其他争议。"}};

    private static final String[] SESSIONS = {
        "民警与调解员分别听取双方陈述，核实损失情况，对双方进行情绪疏导，双方同意坐下来协商。",
        "律师结合相关法律规定释法说理，双方就赔偿金额和履行方式初步达成一致。",
        "第三次调解，双方对协议条款逐条确认，约定签订书面调解协议。"};

    private static final String[] CALL_BACKS = {
        "电话回访：协议已履行完毕，双方关系缓和，未再发生矛盾。",
        "上门回访：当事人表示问题已经解决，对调解结果满意。",
        "电话回访：赔偿款已按约定支付，双方无新的争议。"};
}
