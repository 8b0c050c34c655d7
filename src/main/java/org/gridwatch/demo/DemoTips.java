package org.gridwatch.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.tip.Recorder;
import org.gridwatch.tip.TipCategory;
import org.gridwatch.tip.TipData;
import org.gridwatch.tip.TipDirectory;
import org.gridwatch.tip.TipManagement;
import org.gridwatch.tip.TipSourceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The summer's tips (线索), 1 June – 30 September 2026: {@value #COUNT} tips, mostly telecom fraud and gambling,
 * received by each grid's responsible officer (more in 临河 and 东方广场, whose officers have demo accounts), in
 * mixed states — the older ones mostly handed over or dismissed, the recent ones still being handled — and a few
 * reveals of sealed sources by the 临河 station chief, so the access log has entries. Written through
 * {@link TipManagement} so every rule, event and audit row applies; drawn from a fixed-seed {@link Random}.
 */
@Component
@Order(40)
class DemoTips implements DemoRecords {

    static final int COUNT = 48;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 1);
    private static final int DAYS = 122;
    private static final LocalDate SETTLED_BEFORE = LocalDate.of(2026, 8, 20);

    private static final String[] ROADS = {"自由大路", "临河街", "卫星路", "深圳街", "浦东路", "会展大街", "仙台大街",
            "珠海路", "东南湖大路", "世纪大街", "威海路", "吉林大路"};
    private static final String[] FRAUD = {
        "居民反映接到自称“公检法”的电话，称其涉嫌洗钱，要求将存款转入“安全账户”，已劝阻，未转账。",
        "群众举报某微信群以“刷单返利”为名招人，群内已有多人垫付资金后被拉黑。",
        "有居民接到冒充快递客服的电话，称包裹丢失要“理赔”，对方索要银行卡号和验证码。",
        "网格员发现{road}一出租屋内频繁有人出入，疑似收购银行卡、电话卡（“两卡”）。",
        "老人反映有人上门推销“高息养老理财”，承诺月息 3%，疑似非法集资。",
        "群众反映孩子在游戏平台被诱导“充值解冻账号”，已转出 2000 余元。",
        "居民收到“医保卡异常”短信并按链接填写了身份证号，担心被冒用。",
        "有人在{road}小区群内推广“内部渠道”投资虚拟币，称稳赚不赔。"};
    private static final String[] GAMBLING = {
        "群众反映{road}某棋牌室夜间聚众赌博，赌资较大，常营业到凌晨。",
        "举报{road}某小区地下车库内有人组织“推牌九”，有专人望风。",
        "居民反映网吧内有人用手机参与网络赌博并拉人进群“代理”。",
        "有人在{road}某烧烤店后院设赌局，周末人多。",
        "群众反映某麻将馆以“会员积分”变相设赌，赌注按“分”结算。",
        "家属反映亲属沉迷境外赌博网站，怀疑有人在本地为其“跑分”。"};
    private static final String[] DRUGS = {
        "群众反映{road}一出租屋常有陌生人深夜出入，屋内有刺鼻气味，疑似吸毒。",
        "网格员在某KTV附近垃圾桶发现疑似吸毒工具（锡纸、吸管）。",
        "居民反映有人在小区内兜售“上头电子烟”，疑含毒品成分。"};
    private static final String[] OTHER = {
        "居民反映{road}某废品收购站疑似收购来路不明的电动车电瓶。",
        "群众反映有人冒充燃气公司工作人员上门“检修”并高价推销配件。",
        "居民反映有人在小区门口以“免费领鸡蛋”为名收集老人身份证信息。"};
    private static final String[] UNITS = {"经开分局反诈中心", "经开分局治安管理大队", "经开分局禁毒大队",
            "经开分局刑事侦查大队"};
    private static final String[] DISMISSALS = {"经核实，系邻里误会，未发现违法事实。", "反映地点已停业，现场未发现相关活动。",
            "与已移交的线索重复，已并入前案。", "回访举报人，系误传消息，无进一步线索。"};
    private static final String[] REVEAL_REASONS = {"需与举报人当面核实线索细节。", "核查是否与前一条线索为同一举报人。",
            "移交反诈中心前须确认举报人是否同意配合取证。"};
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹";
    private static final String[] GIVEN = {"桂兰", "玉珍", "建军", "海波", "丽华", "德福", "秀英", "春生", "淑珍", "国华"};

    private final TipManagement tips;
    private final TipDirectory directory;
    private final JdbcClient jdbc;
    private final UserDetailsService users;

    DemoTips(TipManagement tips, TipDirectory directory, JdbcClient jdbc, UserDetailsService users) {
        this.tips = tips;
        this.directory = directory;
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Writes the tips; the caller holds the transaction and has loaded the territory, its duty and accounts. */
    @Override
    public void load() {
        Random random = new Random(20260601L);
        List<GridOfficer> grids = grids();
        List<GridOfficer> busy = grids.stream()
                .filter(g -> g.station().equals("JK-LH") || g.station().equals("JK-DF")).toList();
        AreaScope everything = AreaScope.everything();
        List<Long> revealable = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            GridOfficer grid = random.nextInt(2) == 0 ? busy.get(random.nextInt(busy.size()))
                    : grids.get(random.nextInt(grids.size()));
            TipCategory category = category(random.nextInt(20));
            TipSourceKind kind = sourceKind(random.nextInt(20));
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
            LocalDateTime at = day.atTime(8 + random.nextInt(13), random.nextInt(60));
            String content = content(category, random);
            List<Long> people = new ArrayList<>(List.of(grid.officer()));
            if (grid.auxiliary() != null && random.nextBoolean()) {
                people.add(grid.auxiliary());
            }
            String name = kind.hasIdentity() ? SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                    + GIVEN[random.nextInt(GIVEN.length)] : null;
            String phone = kind.hasIdentity() && random.nextInt(5) > 0 ? "13" + (5 + random.nextInt(5))
                    + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000)) : null;
            Recorder by = grid.recorder();
            long id = tips.create(new TipData(category, content, kind, name, phone, grid.gridId(),
                    at.atZone(ZONE).toInstant(), people, null, null, null, null, null), List.of(), by, everything);
            settle(id, category, day.isBefore(SETTLED_BEFORE), random, by, everything);
            if (kind.hasIdentity() && grid.station().equals("JK-LH")) {
                revealable.add(id);
            }
        }
        SignedInUser chief = (SignedInUser) users.loadUserByUsername("station.chief");
        for (int i = 0; i < Math.min(REVEAL_REASONS.length, revealable.size()); i++) {
            tips.reveal(revealable.get(i), REVEAL_REASONS[i], chief);
        }
    }

    /** Older tips are mostly settled; recent ones mostly still open. */
    private void settle(long id, TipCategory category, boolean old, Random random, Recorder by, AreaScope scope) {
        int roll = random.nextInt(10);
        boolean verify = old ? roll >= 1 : roll >= 4;
        if (!verify) {
            if (old || roll == 0) {
                tips.dismiss(id, version(id), DISMISSALS[random.nextInt(DISMISSALS.length)], by, scope);
            }
            return;
        }
        tips.verify(id, version(id), by, scope);
        int next = random.nextInt(10);
        if (old ? next >= 2 : next >= 6) {
            tips.handOver(id, version(id), UNITS[category.ordinal()], by, scope);
        } else if (old && next == 0) {
            tips.dismiss(id, version(id), DISMISSALS[random.nextInt(DISMISSALS.length)], by, scope);
        }
    }

    private long version(long id) {
        return directory.get(id, AreaScope.everything()).version();
    }

    private static TipCategory category(int roll) {
        if (roll < 9) {
            return TipCategory.TELECOM_FRAUD;
        }
        if (roll < 15) {
            return TipCategory.GAMBLING;
        }
        return roll < 18 ? TipCategory.DRUGS : TipCategory.OTHER;
    }

    private static TipSourceKind sourceKind(int roll) {
        if (roll < 10) {
            return TipSourceKind.RESIDENT;
        }
        if (roll < 14) {
            return TipSourceKind.GRID_WORKER;
        }
        return roll < 17 ? TipSourceKind.VOLUNTEER : TipSourceKind.ANONYMOUS;
    }

    private static String content(TipCategory category, Random random) {
        String[] texts = switch (category) {
            case TELECOM_FRAUD -> FRAUD;
            case GAMBLING -> GAMBLING;
            case DRUGS -> DRUGS;
            case OTHER -> OTHER;
        };
        return texts[random.nextInt(texts.length)].replace("{road}", ROADS[random.nextInt(ROADS.length)]);
    }

    /** Every covered grid of the demo branch with its responsible officer and (if any) an auxiliary, by code. */
    private List<GridOfficer> grids() {
        return jdbc.sql("""
                select g.id as grid_id, s.code as station, p.id as officer, p.name, p.account_id, acc.display_name,
                       (select min(x.person_id) from duty_assignment x
                        where x.grid_id = g.id and x.role = 'AUXILIARY' and x.valid_to is null) as auxiliary
                from area g
                join area c on c.id = g.parent_id
                join area s on s.id = c.parent_id
                join duty_assignment d on d.grid_id = g.id and d.role = 'RESPONSIBLE_OFFICER' and d.valid_to is null
                join person p on p.id = d.person_id
                left join account acc on acc.id = p.account_id
                where g.type = 'GRID' and s.code like 'JK-%'
                order by g.code
                """).query((rs, n) -> new GridOfficer(rs.getLong("grid_id"), rs.getString("station"),
                        rs.getLong("officer"), (Long) rs.getObject("auxiliary", Long.class),
                        rs.getObject("account_id") == null ? new Recorder(null, rs.getString("name"))
                                : new Recorder(rs.getLong("account_id"), rs.getString("display_name"))))
                .list();
    }

    private record GridOfficer(long gridId, String station, long officer, Long auxiliary, Recorder recorder) {
    }
}
