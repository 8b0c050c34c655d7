package org.gridwatch.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.partybuilding.ActivityData;
import org.gridwatch.partybuilding.ActivityKind;
import org.gridwatch.partybuilding.AgreementData;
import org.gridwatch.partybuilding.AgreementView;
import org.gridwatch.partybuilding.BranchData;
import org.gridwatch.partybuilding.BranchView;
import org.gridwatch.partybuilding.PartyBuildingDirectory;
import org.gridwatch.partybuilding.PartyBuildingManagement;
import org.gridwatch.partybuilding.PioneerData;
import org.gridwatch.partybuilding.PioneerKind;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonKind;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.place.PartnerDirectory;
import org.gridwatch.place.PartnerView;
import org.springframework.data.domain.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 党建引领 demo data over the demo territory, all through the party-building facade: a branch for each of the six
 * stations (station chief as secretary, community officers and auxiliaries as members), branches of several
 * communities (grid workers and volunteers) and of the partner units 中日联谊医院, 摩天活力城 and 中东大市场; joint
 * building agreements (one with a partner unit, one past its period, one ended early); joint activities over June to
 * September 2026; and pioneer posts for some officers and auxiliaries, among them officer.linhe's person.
 * Deterministic: a fixed seed, and only days not after the loading day.
 */
@Component
@Order(70)
class DemoPartyBuilding implements DemoRecords {

    private static final AreaScope ALL = AreaScope.everything();
    private static final List<String> STATIONS = List.of("LH", "DF", "XLS", "SJ", "HZ", "ZY");
    /** Communities with their own branch (the first community of each station, and 联谊社区 next to the hospital). */
    private static final List<String> COMMUNITY_BRANCHES = List.of("JK-LH-01", "JK-LH-02", "JK-DF-01", "JK-DF-03",
            "JK-XLS-01", "JK-SJ-01", "JK-HZ-01", "JK-ZY-01", "JK-ZY-02");
    private static final LocalDate SEASON_START = LocalDate.of(2026, 6, 1);
    private static final LocalDate SEASON_END = LocalDate.of(2026, 9, 30);

    private final PartyBuildingManagement party;
    private final PartyBuildingDirectory directory;
    private final AreaDirectory areas;
    private final PersonDirectory people;
    private final PartnerDirectory partners;
    private final AccountManagement accounts;

    private static final Logger log = LoggerFactory.getLogger(DemoPartyBuilding.class);

    private Random random;
    private LocalDate today;
    private int activityCount;

    DemoPartyBuilding(PartyBuildingManagement party, PartyBuildingDirectory directory, AreaDirectory areas, PersonDirectory people,
            PartnerDirectory partners, AccountManagement accounts) {
        this.party = party;
        this.directory = directory;
        this.areas = areas;
        this.people = people;
        this.partners = partners;
        this.accounts = accounts;
    }

    /** Writes everything; runs in the demo loader's transaction after the territory. */
    @Override
    public void load() {
        long started = System.nanoTime();
        random = new Random(20260701L);
        today = party.today();
        Map<String, BranchView> stations = new LinkedHashMap<>();
        for (String code : STATIONS) {
            stations.put(code, stationBranch(code));
        }
        Map<String, BranchView> communities = new LinkedHashMap<>();
        for (String code : COMMUNITY_BRANCHES) {
            communities.put(code, communityBranch(code));
        }
        BranchView hospital = partnerBranch("中日联谊医院", "中日联谊医院党委", "JK-ZY-02");
        BranchView mall = partnerBranch("摩天活力城", "摩天活力城党支部", null);
        BranchView market = partnerBranch("中东大市场", "中东大市场党支部", null);

        List<AgreementView> agreements = new ArrayList<>();
        agreements.add(agreement("临河派出所—临河社区警社结对共建协议", LocalDate.of(2026, 5, 20), LocalDate.of(2026, 6, 1),
                LocalDate.of(2027, 5, 31), List.of(stations.get("LH"), communities.get("JK-LH-01")),
                "民警进社区党委，社区网格员进警务室，双向挂职", "每月联合开展一次主题党日", "联合排查化解矛盾纠纷",
                "共同开展反诈宣传进楼院"));
        agreements.add(agreement("自由大路派出所—中日联谊医院警医共建协议", LocalDate.of(2026, 6, 10),
                LocalDate.of(2026, 6, 15), LocalDate.of(2027, 6, 14),
                List.of(stations.get("ZY"), hospital, communities.get("JK-ZY-02")),
                "建立警医联动处置机制，涉医纠纷半小时到场", "医院护院巡防队与社区民警联合巡逻", "每季度开展一次义诊志愿服务"));
        agreements.add(agreement("东方广场警企社三方共建协议", LocalDate.of(2026, 5, 28), LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 12, 31), List.of(stations.get("DF"), mall, communities.get("JK-DF-01")),
                "商圈治安联防联控", "节假日联合安保", "商户防诈宣传全覆盖"));
        agreements.add(agreement("兴隆山派出所—兴隆社区结对共建协议（2025—2026）", LocalDate.of(2025, 6, 25),
                LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30),
                List.of(stations.get("XLS"), communities.get("JK-XLS-01")),
                "村屯治安联防", "农村交通安全宣传"));
        AgreementView marketAgreement = agreement("会展派出所—中东大市场共建协议", LocalDate.of(2026, 6, 3),
                LocalDate.of(2026, 6, 5), LocalDate.of(2027, 6, 4), List.of(stations.get("HZ"), market),
                "市场消防安全联查", "打击欺行霸市");
        agreements.add(agreement("世纪广场派出所—世纪广场社区结对共建协议", LocalDate.of(2026, 6, 12),
                LocalDate.of(2026, 6, 15), LocalDate.of(2027, 6, 14),
                List.of(stations.get("SJ"), communities.get("JK-SJ-01")),
                "共建平安小区", "护学岗联合值守"));
        if (!today.isBefore(LocalDate.of(2026, 9, 1))) {
            // 中东大市场 moved its office to the 东方广场 area: the agreement with 会展派出所 was ended early.
            marketAgreement = party.endAgreement(marketAgreement.id(), marketAgreement.version(), ALL);
        }
        agreements.add(marketAgreement);

        activities(stations, communities, agreements);
        pioneers();
        log.info("Loaded {} demo party branches, {} agreements and {} activities in {} ms",
                stations.size() + communities.size() + 3, agreements.size(), activityCount,
                (System.nanoTime() - started) / 1_000_000);
    }

    private BranchView stationBranch(String code) {
        AreaSummary station = area("JK-" + code);
        AreaScope scope = new AreaScope(station.path());
        Long chief = null;
        Set<Long> members = new LinkedHashSet<>();
        for (PersonSummary officer : people.activeWithin(scope, PersonKind.OFFICER)) {
            if ("所长".equals(officer.post()) && officer.homeAreaId() == station.id()) {
                chief = officer.id();
            }
            members.add(officer.id());
        }
        List<PersonSummary> auxiliaries = people.activeWithin(scope, PersonKind.AUXILIARY);
        for (int i = 0; i < auxiliaries.size(); i += 2) {
            members.add(auxiliaries.get(i).id());
        }
        return party.createBranch(new BranchData(station.name() + "党支部", station.id(), null, chief, members,
                "派出所党支部，所长任支部书记；社区民警、部分专职辅警为党员。"), ALL);
    }

    private BranchView communityBranch(String code) {
        AreaSummary community = area(code);
        AreaScope scope = new AreaScope(community.path());
        Set<Long> members = new LinkedHashSet<>();
        Long secretary = null;
        for (PersonKind kind : List.of(PersonKind.GRID_WORKER, PersonKind.VOLUNTEER)) {
            for (PersonSummary person : people.activeWithin(scope, kind)) {
                if (members.size() < 6 && (kind == PersonKind.GRID_WORKER || random.nextBoolean())) {
                    members.add(person.id());
                    secretary = secretary == null ? person.id() : secretary;
                }
            }
        }
        return party.createBranch(new BranchData(community.name() + "党支部", community.id(), null, secretary, members,
                null), ALL);
    }

    private BranchView partnerBranch(String unitName, String branchName, String volunteersOf) {
        PartnerView unit = partners.search(unitName, null, null, ALL, PageRequest.of(0, 5)).getContent().stream()
                .filter(u -> u.name().equals(unitName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo partner unit missing: " + unitName));
        Set<Long> members = new LinkedHashSet<>();
        if (volunteersOf != null) {
            List<PersonSummary> volunteers = people.activeWithin(new AreaScope(area(volunteersOf).path()),
                    PersonKind.VOLUNTEER);
            Set<Long> taken = directory.memberships(volunteers.stream().map(PersonSummary::id).toList()).keySet();
            volunteers.stream().filter(v -> !taken.contains(v.id())).limit(2).forEach(v -> members.add(v.id()));
        }
        return party.createBranch(new BranchData(branchName, null, unit.id(), null, members,
                "共建单位党组织，党员以单位职工为主（未登记于人员库）。"), ALL);
    }

    private AgreementView agreement(String title, LocalDate signed, LocalDate from, LocalDate to,
            List<BranchView> branches, String... goals) {
        Set<Long> ids = new LinkedHashSet<>();
        branches.forEach(b -> ids.add(b.id()));
        return party.createAgreement(new AgreementData(title, signed, from, to, ids, List.of(goals)), ALL);
    }

    /** June to September. */
    private static final String[] THEME_DAYS = {"主题党日：学习新时代“枫桥经验”", "“七一”主题党日：重温入党誓词",
            "主题党日：警地融合专题党课", "主题党日：参观吉林省革命烈士纪念馆"};
    private static final String[] JOINT = {"警社联合反诈宣传进楼院", "联合开展夜间治安巡查", "矛盾纠纷联合排查化解",
            "“平安家庭”创建入户宣传", "商圈安全联合检查", "校园周边“护学岗”联合值守"};
    private static final String[] VOLUNTEER = {"党员志愿者义诊服务", "夏季防溺水志愿宣传", "独居老人走访慰问",
            "社区环境整治志愿服务", "交通文明劝导志愿服务"};

    /** About 45 activities: a theme day per station branch each month, joint activities per agreement, volunteers. */
    private void activities(Map<String, BranchView> stations, Map<String, BranchView> communities,
            List<AgreementView> agreements) {
        for (LocalDate month = SEASON_START; !month.isAfter(SEASON_END); month = month.plusMonths(1)) {
            for (BranchView station : stations.values()) {
                LocalDate day = month.getMonthValue() == 7 ? month : month.plusDays(random.nextInt(10));
                activity(ActivityKind.THEME_DAY, day, THEME_DAYS[month.getMonthValue() - 6],
                        List.of(station), null, 12 + random.nextInt(20), "全体党员参加，支部书记讲党课，交流警地融合工作体会。");
            }
            for (AgreementView agreement : agreements) {
                if (month.isBefore(agreement.validFrom().withDayOfMonth(1)) || month.isAfter(agreement.validTo())) {
                    continue;
                }
                List<BranchView> organisers = new ArrayList<>();
                agreement.branchIds().forEach(id -> organisers.add(find(stations, communities, id)));
                organisers.removeIf(java.util.Objects::isNull);
                LocalDate day = month.plusDays(10 + random.nextInt(15));
                activity(ActivityKind.JOINT_ACTIVITY, day, JOINT[random.nextInt(JOINT.length)], organisers,
                        agreement.id(), 20 + random.nextInt(60), "共建各方党员共同参加，发放宣传材料，现场解答群众咨询。");
            }
            List<BranchView> communityList = new ArrayList<>(communities.values());
            for (int i = 0; i < 3; i++) {
                BranchView community = communityList.get(random.nextInt(communityList.size()));
                activity(ActivityKind.VOLUNTEER, month.plusDays(random.nextInt(28)),
                        VOLUNTEER[random.nextInt(VOLUNTEER.length)], List.of(community), null, 8 + random.nextInt(30),
                        "社区党员志愿者和平安志愿者共同参与，服务群众。");
            }
        }
    }

    private static BranchView find(Map<String, BranchView> stations, Map<String, BranchView> communities, long id) {
        return java.util.stream.Stream.concat(stations.values().stream(), communities.values().stream())
                .filter(b -> b.id() == id).findFirst().orElse(null);
    }

    private void activity(ActivityKind kind, LocalDate day, String title, List<BranchView> branches, Long agreementId,
            int extra, String summary) {
        if (day.isAfter(today) || branches.isEmpty()) {
            return;
        }
        Set<Long> branchIds = new LinkedHashSet<>();
        Set<Long> participants = new LinkedHashSet<>();
        for (BranchView branch : branches) {
            branchIds.add(branch.id());
            branch.memberIds().stream().filter(m -> random.nextInt(3) > 0).limit(6).forEach(participants::add);
        }
        party.createActivity(new ActivityData(kind, day, title, branchIds, agreementId, participants,
                participants.size() + extra, summary), List.of(), null, ALL);
        activityCount++;
    }

    /** Officer.linhe's person and a few other officers and auxiliaries hold posts in their grids. */
    private void pioneers() {
        long linhe = accounts.findByUsername("officer.linhe").flatMap(a -> people.ofAccount(a.id()))
                .map(PersonSummary::id).orElseThrow(() -> new IllegalStateException("officer.linhe has no person"));
        pioneer(PioneerKind.PIONEER, linhe, "JK-LH-01-01", "护学岗（经开区第一实验小学）", LocalDate.of(2026, 6, 1), null);
        pioneer(PioneerKind.MODEL, linhe, "JK-LH-01-02", "反诈宣传示范岗", LocalDate.of(2026, 7, 1), null);
        Map<String, String> duties = new LinkedHashMap<>();
        duties.put("JK-DF-01-01", "商圈巡逻先锋岗");
        duties.put("JK-ZY-02-01", "医院周边治安先锋岗");
        duties.put("JK-XLS-03-01", "村屯治安先锋岗");
        duties.put("JK-SJ-01-02", "护学岗");
        duties.put("JK-HZ-01-01", "夜间巡逻先锋岗");
        for (Map.Entry<String, String> post : duties.entrySet()) {
            AreaSummary grid = area(post.getKey());
            AreaSummary community = areas.find(grid.parentId()).orElseThrow();
            List<PersonSummary> officers = people.activeWithin(new AreaScope(community.path()), PersonKind.OFFICER);
            officers.stream().findFirst().ifPresent(o -> pioneer(PioneerKind.PIONEER, o.id(), post.getKey(),
                    post.getValue(), SEASON_START.plusDays(random.nextInt(30)), null));
        }
        // an auxiliary who is a party member: a model post, and one that has ended
        List<PersonSummary> auxiliaries = people.activeWithin(new AreaScope(area("JK-LH").path()), PersonKind.AUXILIARY);
        if (!auxiliaries.isEmpty()) {
            pioneer(PioneerKind.MODEL, auxiliaries.get(0).id(), "JK-LH-01-03", "巡逻示范岗", LocalDate.of(2026, 6, 15), null);
            pioneer(PioneerKind.PIONEER, auxiliaries.get(0).id(), "JK-LH-01-04", "暑期防溺水劝导岗",
                    LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31));
        }
    }

    private void pioneer(PioneerKind kind, long personId, String gridCode, String duty, LocalDate from, LocalDate to) {
        party.createPioneer(new PioneerData(kind, personId, area(gridCode).id(), duty, from, to), ALL);
    }

    private AreaSummary area(String code) {
        return areas.findByCode(code, ALL).orElseThrow(() -> new IllegalStateException("demo area missing: " + code));
    }
}
