package org.gridwatch.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.AccountView;
import org.gridwatch.meeting.ActionCloser;
import org.gridwatch.meeting.ActionItemData;
import org.gridwatch.meeting.ActionItemView;
import org.gridwatch.meeting.MeetingData;
import org.gridwatch.meeting.MeetingDirectory;
import org.gridwatch.meeting.MeetingKind;
import org.gridwatch.meeting.MeetingManagement;
import org.gridwatch.meeting.MeetingView;
import org.gridwatch.meeting.WorkTeamData;
import org.gridwatch.meeting.WorkTeamView;
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
 * 机制融合 demo data through the meeting facade: the branch's 警地融合工作专班 and a station's 百日行动专班; joint
 * meetings and progress meetings from June to September 2026 with their action items — most closed with a note,
 * some still open and overdue, some owned by partner units, several owned by officer.linhe's person (one of them
 * overdue) — and a recent progress meeting whose items are not yet due.
 */
@Component
@Order(80)
class DemoMeetings implements DemoRecords {

    private static final AreaScope ALL = AreaScope.everything();

    private final MeetingManagement meetings;
    private final MeetingDirectory directory;
    private final AreaDirectory areas;
    private final PersonDirectory people;
    private final PartnerDirectory partners;
    private final AccountManagement accounts;

    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

    private LocalDate today;
    private ActionCloser admin;
    private int meetingCount;

    DemoMeetings(MeetingManagement meetings, MeetingDirectory directory, AreaDirectory areas, PersonDirectory people,
            PartnerDirectory partners, AccountManagement accounts) {
        this.meetings = meetings;
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
        today = directory.today();
        AccountView adminAccount = accounts.findByUsername("branch.admin").orElseThrow();
        admin = new ActionCloser(adminAccount.id(), null, true);
        long linhe = accounts.findByUsername("officer.linhe").flatMap(a -> people.ofAccount(a.id()))
                .map(PersonSummary::id).orElseThrow(() -> new IllegalStateException("officer.linhe has no person"));

        AreaSummary branch = area("JK");
        AreaSummary linheStation = area("JK-LH");
        List<Long> chiefs = new ArrayList<>();
        for (String code : List.of("LH", "DF", "XLS", "SJ", "HZ", "ZY")) {
            chiefs.add(chief(area("JK-" + code)));
        }
        long hospital = unit("中日联谊医院");
        long mall = unit("摩天活力城");
        long market = unit("中东大市场");
        long linheChief = chiefs.get(0);
        List<Long> linheOfficers = officers(linheStation);

        WorkTeamView fusion = meetings.createTeam(new WorkTeamData("经开分局警地融合工作专班", branch.id(),
                "统筹推进党建引领“警地融合”：组织、业务、阵地、资源、机制五个融合，督办联席会议议定事项。",
                new LinkedHashSet<>(chiefs), Set.of(hospital, mall, market)), ALL);
        WorkTeamView hundredDays = meetings.createTeam(new WorkTeamData("临河派出所夏季治安打击整治“百日行动”专班",
                linheStation.id(), "夏季治安打击整治“百日行动”期间巡逻防控、重点场所检查和宣传发动。",
                new LinkedHashSet<>(linheOfficers), Set.of()), ALL);

        meeting(MeetingKind.JOINT_MEETING, "经开分局“警地融合”工作联席会议（6月）", LocalDate.of(2026, 6, 5), branch,
                fusion, chiefs, List.of(hospital, mall, market),
                "一、成立警地融合工作专班，各派出所所长为第一责任人。\n二、六名派出所所长6月底前进入街道社区班子兼职。\n三、三家共建单位各确定一名联络员。",
                List.of(item("完成派出所所长兼任社区党委职务备案", chiefs.get(1), null, LocalDate.of(2026, 6, 30), "6月28日已备案。"),
                        item("中日联谊医院确定警医联络员并报专班", null, hospital, LocalDate.of(2026, 6, 20), "已确定保卫科科长为联络员。"),
                        item("摩天活力城安保巡防队纳入派出所联防体系", null, mall, LocalDate.of(2026, 7, 10), "已签订联防协议。"),
                        item("各所梳理辖区重点场所底数", chiefs.get(2), null, LocalDate.of(2026, 7, 15), null)));
        meeting(MeetingKind.PROGRESS_MEETING, "临河派出所“百日行动”推进会", LocalDate.of(2026, 6, 18), linheStation,
                hundredDays, linheOfficers, List.of(),
                "一、夜间巡逻由每周三次增至五次。\n二、临河社区重点开展反诈宣传进楼院。\n三、独居老人户每月走访一次。",
                List.of(item("临河社区反诈宣传进楼院全覆盖", linhe, null, LocalDate.of(2026, 7, 15), null),
                        item("建立临河社区独居老人走访台账", linhe, null, LocalDate.of(2026, 7, 5), "台账已建立，共 23 户。"),
                        item("夜间巡逻排班表报所里", linheChief, null, LocalDate.of(2026, 6, 25), "已报。")));
        meeting(MeetingKind.JOINT_MEETING, "东方广场商圈警企联席会议", LocalDate.of(2026, 7, 10), area("JK-DF"),
                null, List.of(chiefs.get(1)), List.of(mall, market),
                "一、暑期商圈客流高峰实行联合巡逻。\n二、中东大市场开展消防安全自查。",
                List.of(item("中东大市场消防通道自查整改", null, market, LocalDate.of(2026, 8, 10), null),
                        item("摩天活力城暑期安保方案报派出所", null, mall, LocalDate.of(2026, 7, 20), "方案已报备。")));
        meeting(MeetingKind.JOINT_MEETING, "自由大路派出所—中日联谊医院警医联席会议", LocalDate.of(2026, 8, 12),
                area("JK-ZY"), null, List.of(chiefs.get(5)), List.of(hospital),
                "一、涉医纠纷实行半小时到场。\n二、医院护院巡防队与社区民警每周联合巡逻一次。",
                List.of(item("制定涉医纠纷联动处置流程", chiefs.get(5), null, LocalDate.of(2026, 8, 31), "流程已印发。"),
                        item("医院门诊大厅增设警务联络点", null, hospital, LocalDate.of(2026, 9, 15), null)));
        meeting(MeetingKind.WORK_TEAM_MEETING, "警地融合工作专班第三季度会议", LocalDate.of(2026, 9, 8), branch, fusion,
                chiefs, List.of(hospital, mall, market),
                "一、通报各所兼职情况和联席会议事项办理进度。\n二、部署国庆期间联合安保。",
                List.of(item("国庆联合安保方案", chiefs.get(0), null, LocalDate.of(2026, 9, 25), "方案已印发执行。"),
                        item("各所报送警地融合典型案例", chiefs.get(3), null, LocalDate.of(2026, 10, 10), null),
                        item("临河社区警地融合工作经验材料", linhe, null, LocalDate.of(2026, 10, 20), null)));
        LocalDate recent = today.minusDays(3);
        meeting(MeetingKind.PROGRESS_MEETING, "临河派出所警地融合工作推进会", recent, linheStation, null,
                linheOfficers, List.of(),
                "一、总结“百日行动”成效。\n二、冬季防火和防诈宣传提前部署。",
                List.of(item("临河社区冬季防火入户宣传", linhe, null, recent.plusDays(10), null),
                        item("整理“百日行动”工作台账", linhe, null, recent.plusDays(17), null),
                        item("仁和社区独居老人冬季走访", linheOfficers.stream()
                                .filter(o -> o != linhe && o != linheChief).findFirst().orElse(linheChief), null,
                                recent.plusDays(14), null)));
        log.info("Loaded {} demo meetings with their action items in {} ms", meetingCount,
                (System.nanoTime() - started) / 1_000_000);
    }

    private record Item(ActionItemData data, String closedNote) {
    }

    private static Item item(String text, Long person, Long unit, LocalDate due, String closedNote) {
        return new Item(new ActionItemData(text, person, unit, due), closedNote);
    }

    private void meeting(MeetingKind kind, String title, LocalDate day, AreaSummary area, WorkTeamView team,
            List<Long> persons, List<Long> units, String decisions, List<Item> items) {
        if (day.isAfter(today)) {
            return;
        }
        MeetingView meeting = meetings.createMeeting(new MeetingData(kind, title, day, area.id(),
                team == null ? null : team.id(), new LinkedHashSet<>(persons), new LinkedHashSet<>(units), decisions),
                items.stream().map(Item::data).toList(), null, ALL);
        meetingCount++;
        List<ActionItemView> created = directory.itemsOf(meeting.id(), ALL);
        for (int i = 0; i < items.size(); i++) {
            String note = items.get(i).closedNote();
            if (note != null) {
                ActionItemView item = created.get(i);
                meetings.closeItem(item.id(), item.version(), note, admin, ALL);
            }
        }
    }

    private long chief(AreaSummary station) {
        return people.activeWithin(new AreaScope(station.path()), PersonKind.OFFICER).stream()
                .filter(p -> "所长".equals(p.post()) && p.homeAreaId() == station.id()).findFirst()
                .map(PersonSummary::id).orElseThrow(() -> new IllegalStateException("no chief at " + station.code()));
    }

    private List<Long> officers(AreaSummary station) {
        return people.activeWithin(new AreaScope(station.path()), PersonKind.OFFICER).stream().map(PersonSummary::id)
                .toList();
    }

    private long unit(String name) {
        return partners.search(name, null, null, ALL, PageRequest.of(0, 5)).getContent().stream()
                .filter(u -> u.name().equals(name)).findFirst().map(PartnerView::id)
                .orElseThrow(() -> new IllegalStateException("demo partner unit missing: " + name));
    }

    private AreaSummary area(String code) {
        return areas.findByCode(code, ALL).orElseThrow(() -> new IllegalStateException("demo area missing: " + code));
    }
}
