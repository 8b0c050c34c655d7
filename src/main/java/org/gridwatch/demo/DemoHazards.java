package org.gridwatch.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.gridwatch.area.AreaScope;
import org.gridwatch.hazard.HazardActor;
import org.gridwatch.hazard.HazardCategory;
import org.gridwatch.hazard.HazardData;
import org.gridwatch.hazard.HazardDirectory;
import org.gridwatch.hazard.HazardFoundBy;
import org.gridwatch.hazard.HazardManagement;
import org.gridwatch.hazard.HazardSeverity;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.place.PlaceView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The demo season's hazards (风险隐患), June to September 2026, through the hazard facade as of the moments the
 * work happened: 12 rectified and verified by the station chief (one of them after a failed re-inspection), one
 * rectified and awaiting re-inspection, notices past their deadlines (red by now), one reopened, two just found.
 * The community officer of the grid records each and owns it; before- and after-photos are small drawn pictures.
 * Deterministic: a fixed seed, grids and people read in a fixed order.
 */
@Component
@Order(60)
class DemoHazards implements DemoRecords {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoHazards.class);

    static final int VERIFIED = 12;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate SEASON_START = LocalDate.of(2026, 6, 1);
    private static final int SEASON_DAYS = 115;
    /** 临河社区, where the demo accounts officer.linhe and aux.linhe work. */
    private static final String LINHE_COMMUNITY = "JK-LH-01-";

    /** What officers find, by category: description, the rectification demanded, what was done. */
    private static final Finding[] FINDINGS = {
        new Finding(HazardCategory.FIRE, "安全出口被货物堵塞，应急照明灯不亮", "清理安全出口通道，修复应急照明并每日检查",
                "已清理出口通道，更换应急照明灯 2 盏，张贴通道禁止堆放标识"),
        new Finding(HazardCategory.FIRE, "楼道内电动自行车充电，私拉飞线", "拆除飞线，禁止楼道内充电，设置集中充电点",
                "飞线已拆除，物业在楼下设置集中充电棚"),
        new Finding(HazardCategory.FIRE, "灭火器过期，消防栓被遮挡", "更换过期灭火器，清理消防栓周边杂物",
                "已更换灭火器 6 具，消防栓前杂物清理完毕"),
        new Finding(HazardCategory.CROWD, "周末客流高峰无人疏导，出入口拥堵", "高峰时段增派安保人员，设置单向通行隔离带",
                "增派安保 4 人，出入口设置隔离带和引导标识"),
        new Finding(HazardCategory.TRAFFIC, "校门口无减速标识，接送车辆乱停", "设置减速带和禁停标识，上下学时段安排护导",
                "已设置减速带 2 处、禁停标识 4 块，护学岗每日到岗"),
        new Finding(HazardCategory.PUBLIC_ORDER, "夜间照明不足，监控探头损坏", "修复监控探头，增设夜间照明",
                "更换监控探头 3 个，新装路灯 5 盏"),
        new Finding(HazardCategory.BUILDING, "外墙瓷砖松动有坠落危险", "设置警戒区域，尽快修缮外墙",
                "已拉设警戒线，外墙松动瓷砖全部清除并修补"),
        new Finding(HazardCategory.OTHER, "废弃水井未加盖", "加装井盖并设置警示标识", "已加装铁质井盖，设置警示牌"),
    };

    private final HazardManagement hazards;
    private final HazardDirectory directory;
    private final PlaceDirectory places;
    private final JdbcClient jdbc;

    DemoHazards(HazardManagement hazards, HazardDirectory directory, PlaceDirectory places, JdbcClient jdbc) {
        this.hazards = hazards;
        this.directory = directory;
        this.places = places;
        this.jdbc = jdbc;
    }

    /** Records the season's hazards; the caller holds the transaction (the demo territory is already written). */
    @Override
    public void load() {
        long started = System.nanoTime();
        Random random = new Random(20260601L);
        List<GridCrew> grids = grids();
        List<GridCrew> linhe = grids.stream().filter(g -> g.code().startsWith(LINHE_COMMUNITY)).toList();
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < VERIFIED; i++) {
            plans.add(new Plan(Outcome.VERIFIED, i == 4));
        }
        plans.add(new Plan(Outcome.RECTIFIED, false));
        for (int i = 0; i < 4; i++) {
            plans.add(new Plan(Outcome.NOTIFIED, false));
        }
        plans.add(new Plan(Outcome.REOPENED, false));
        plans.add(new Plan(Outcome.FOUND, false));
        plans.add(new Plan(Outcome.FOUND, false));
        // spread over the season in order; the open ones come last (the most recent work)
        int n = 0;
        for (Plan plan : plans) {
            int dayOffset = plan.outcome() == Outcome.VERIFIED
                    ? n * (SEASON_DAYS - 45) / VERIFIED + random.nextInt(5)
                    : SEASON_DAYS - 40 + random.nextInt(35);
            // officer.linhe's community (临河社区, the first grids) gets every third hazard and the open ones
            GridCrew crew = (n % 3 == 0 || plan.outcome() == Outcome.RECTIFIED || plan.outcome() == Outcome.REOPENED)
                    ? linhe.get(random.nextInt(linhe.size())) : grids.get(random.nextInt(grids.size()));
            record(plan, crew, SEASON_START.plusDays(dayOffset), random, n);
            n++;
        }
        log.info("Demo hazards: {} recorded in {} ms", n, (System.nanoTime() - started) / 1_000_000);
    }

    private void record(Plan plan, GridCrew crew, LocalDate day, Random random, int n) {
        Finding finding = FINDINGS[random.nextInt(FINDINGS.length)];
        List<PlaceView> inGrid = places.inGrid(crew.gridId(), null, AreaScope.everything());
        PlaceView place = inGrid.isEmpty() || random.nextInt(4) == 0 ? null : inGrid.get(random.nextInt(inGrid.size()));
        Instant found = at(day, 9 + random.nextInt(8), random.nextInt(60));
        HazardActor officer = new HazardActor(crew.officerAccount(), crew.officer(), crew.officerName(), true);
        HazardActor recorder = crew.auxiliary() != null && random.nextBoolean()
                ? new HazardActor(crew.auxiliaryAccount(), crew.auxiliary(), crew.auxiliaryName(), false) : officer;
        HazardActor chief = new HazardActor(crew.chiefAccount(), crew.chief(), crew.chiefName(), true);
        HazardSeverity severity = HazardSeverity.values()[random.nextInt(3)];
        String unit = place == null ? crew.gridName() + "物业服务中心" : null;
        HazardData data = new HazardData(crew.gridId(), place == null ? null : place.id(), null, null,
                finding.category(), severity, finding.description(),
                HazardFoundBy.values()[random.nextInt(HazardFoundBy.values().length)], found, unit,
                place == null ? "物业经理" : null, place == null ? "1390431" + String.format("%04d", 1000 + n) : null,
                null);
        long id = hazards.asOf(found.plus(Duration.ofMinutes(20))).create(data, photos("before", n, false),
                officer, AreaScope.everything());
        if (plan.outcome() == Outcome.FOUND) {
            return;
        }
        Instant notified = found.plus(Duration.ofHours(2 + random.nextInt(20)));
        LocalDate deadline = LocalDate.ofInstant(notified, ZONE).plusDays(3 + random.nextInt(10));
        hazards.asOf(notified).notifyResponsible(id, version(id), deadline, finding.requirement(), recorder,
                AreaScope.everything());
        if (plan.outcome() == Outcome.NOTIFIED) {
            return;
        }
        Instant rectified = at(deadline.minusDays(random.nextInt(3)), 10 + random.nextInt(6), random.nextInt(60));
        hazards.asOf(rectified).rectify(id, version(id), finding.done(), photos("after", n, true), officer,
                AreaScope.everything());
        if (plan.outcome() == Outcome.RECTIFIED) {
            return;
        }
        Instant inspected = rectified.plus(Duration.ofHours(20 + random.nextInt(40)));
        if (plan.outcome() == Outcome.REOPENED || plan.reopenFirst()) {
            LocalDate again = LocalDate.ofInstant(inspected, ZONE).plusDays(5);
            hazards.asOf(inspected).reopen(id, version(id), "整改不彻底，仍有部分问题未处理", again, chief,
                    AreaScope.everything());
            if (plan.outcome() == Outcome.REOPENED) {
                return;
            }
            Instant secondTime = at(again.minusDays(1), 15, 0);
            hazards.asOf(secondTime).rectify(id, version(id), finding.done() + "；复核指出的问题已全部整改",
                    photos("after2", n, true), officer, AreaScope.everything());
            inspected = secondTime.plus(Duration.ofHours(22));
        }
        hazards.asOf(inspected).verify(id, version(id), "现场复核，整改到位", chief, AreaScope.everything());
    }

    private long version(long id) {
        return directory.view(id, AreaScope.everything()).version();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    /**
     * Every grid with its community officer, an auxiliary of the community and the station chief, and the
     * accounts behind them if any; the demo territory wrote them as rows, in code order.
     */
    private List<GridCrew> grids() {
        return jdbc.sql("""
                select g.id as grid_id, g.code as grid_code, g.name as grid_name,
                       o.id as officer, o.name as officer_name, o.account_id as officer_account,
                       x.id as auxiliary, x.name as auxiliary_name, x.account_id as auxiliary_account,
                       k.id as chief, k.name as chief_name, k.account_id as chief_account
                from area g
                join area c on c.id = g.parent_id
                join person o on o.home_area_id = c.id and o.kind = 'OFFICER'
                join person k on k.home_area_id = c.parent_id and k.kind = 'OFFICER' and k.post = '所长'
                left join lateral (select p.id, p.name, p.account_id from person p
                                   where p.home_area_id = c.id and p.kind = 'AUXILIARY' order by p.id limit 1) x on true
                where g.type = 'GRID'
                order by g.code
                """).query((rs, i) -> new GridCrew(rs.getLong("grid_id"), rs.getString("grid_code"), rs.getString("grid_name"),
                rs.getLong("officer"), rs.getString("officer_name"), nullable(rs.getLong("officer_account"), rs.wasNull()),
                nullable(rs.getLong("auxiliary"), rs.wasNull()), rs.getString("auxiliary_name"),
                nullable(rs.getLong("auxiliary_account"), rs.wasNull()),
                rs.getLong("chief"), rs.getString("chief_name"),
                nullable(rs.getLong("chief_account"), rs.wasNull()))).list();
    }

    private static Long nullable(long value, boolean wasNull) {
        return wasNull ? null : value;
    }

    /** One small drawn picture: a grey building front with a red (before) or green (after) mark. */
    private static List<MultipartFile> photos(String name, int n, boolean after) {
        BufferedImage image = new BufferedImage(240, 180, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200 + n % 40, 205, 210));
        g.fillRect(0, 0, 240, 180);
        g.setColor(new Color(120, 124, 130));
        g.fillRect(30, 40, 180, 140);
        g.setColor(new Color(70, 90, 120));
        for (int x = 50; x < 200; x += 40) {
            g.fillRect(x, 60, 24, 30);
        }
        g.setStroke(new BasicStroke(8));
        g.setColor(after ? new Color(25, 135, 84) : new Color(220, 53, 69));
        if (after) {
            g.drawLine(80, 130, 110, 160);
            g.drawLine(110, 160, 170, 100);
        } else {
            g.drawOval(80, 100, 80, 70);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return List.of(new DrawnPhoto(name + "-" + n + ".png", out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private enum Outcome { FOUND, NOTIFIED, RECTIFIED, REOPENED, VERIFIED }

    private record Plan(Outcome outcome, boolean reopenFirst) {
    }

    private record Finding(HazardCategory category, String description, String requirement, String done) {
    }

    private record GridCrew(long gridId, String code, String gridName, long officer, String officerName, Long officerAccount,
            Long auxiliary, String auxiliaryName, Long auxiliaryAccount, long chief, String chiefName,
            Long chiefAccount) {
    }

    /** A picture made here, handed to the photo store as an upload would be. */
    private record DrawnPhoto(String name, byte[] bytes) implements MultipartFile {

        @Override
        public String getName() {
            return "photos";
        }

        @Override
        public String getOriginalFilename() {
            return name;
        }

        @Override
        public String getContentType() {
            return "image/png";
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
            throw new UnsupportedOperationException("kept in memory");
        }
    }
}
