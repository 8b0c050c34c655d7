package org.gridwatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gridwatch.Eventually;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestClock;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.stats.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly report on hand-made records of a small territory: figures equal the direct counts, resolved disputes
 * and rectified hazards count by the day they were achieved, downloads carry the figures, scope and bad input.
 */
@IntegrationTest
class MonthlyReportTests {

    static final String SEPTEMBER_PARAGRAPH = "2026年9月，甲派出所走访企业、场所、院校6次，组织开展法律宣讲及专项宣传2次，"
            + "化解矛盾纠纷2起，解答群众法律咨询2次，排查整改风险隐患1处。";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired Statistics statistics;
    @Autowired MonthlyReports reports;
    @Autowired TestClock clock;

    TestTerritory t;
    SignedInUser supervisorA;
    long person;
    long ids = System.nanoTime();

    @BeforeEach
    void territory() {
        clock.set(Instant.parse("2026-10-15T04:00:00Z"));
        t = TestTerritory.create(jdbc);
        jdbc.sql("update area set name = '甲派出所' where id = ?").param(t.stationA).update();
        supervisorA = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        Timestamp now = Timestamp.from(Instant.now());
        person = jdbc.sql("""
                insert into person (kind, name, home_area_id, police_number, created_at, updated_at)
                values ('OFFICER', ?, ?, ?, ?, ?) returning id
                """).params("民警" + t.suffix, t.communityA, "R" + t.suffix, now, now).query(Long.class).single();
    }

    /** September 2026 in station A, with records just outside it (August, October, station B) that must not count. */
    void september() {
        for (String kind : List.of("ENTERPRISE", "ENTERPRISE", "ENTERPRISE", "VENUE", "VENUE", "SCHOOL", "HOUSEHOLD",
                "HOUSEHOLD", "HOUSEHOLD", "HOUSEHOLD", "OTHER")) {
            save(RecordKind.VISIT, t.gridA1, "2026-09-10T02:00:00Z", null, "visit.kind." + kind, null, 0);
        }
        save(RecordKind.VISIT, t.gridA2, "2026-08-31T15:59:00Z", null, "visit.kind.ENTERPRISE", null, 0); // 8-31 23:59
        save(RecordKind.VISIT, t.gridB1, "2026-09-10T02:00:00Z", null, "visit.kind.SCHOOL", null, 0);
        save(RecordKind.VISIT, t.gridA2, "2026-09-30T15:30:00Z", null, "visit.kind.HOUSEHOLD", null, 0); // 9-30 23:30
        save(RecordKind.PUBLICITY, t.gridA1, "2026-09-03T02:00:00Z", null, "outreach.topic.ANTI_FRAUD", null, 50);
        save(RecordKind.PUBLICITY, t.gridA2, "2026-09-04T02:00:00Z", null, "outreach.topic.LEGAL", null, 70);
        save(RecordKind.PATROL, t.gridA1, "2026-09-05T10:00:00Z", "2026-09-05T11:30:00Z", "patrol.kind.JOINT", null, 0);
        save(RecordKind.PATROL, t.gridA1, "2026-09-06T10:00:00Z", "2026-09-06T11:00:00Z", "patrol.kind.ROUTINE", null, 0);
        save(RecordKind.TIP, t.gridA1, "2026-09-07T02:00:00Z", null, "tip.category.GAMBLING", "tip.status.RECEIVED", 0);
        save(RecordKind.TIP, t.gridA2, "2026-09-08T02:00:00Z", null, "tip.category.TELECOM_FRAUD", "tip.status.VERIFIED", 0);
        save(RecordKind.HAZARD, t.gridA1, "2026-09-09T02:00:00Z", null, "hazard.category.FIRE", "hazard.state.FOUND", 0);
        save(RecordKind.DISPUTE, t.gridA1, "2026-09-09T02:00:00Z", null, "dispute.category.NEIGHBOUR",
                "dispute.state.MEDIATING", 0);
        for (int i = 0; i < 3; i++) {
            save(RecordKind.CONSULTATION, t.gridA1, "2026-09-11T02:00:00Z", null, "outreach.channel.PHONE", null, 0);
        }

        dispute(t.gridA1, "CLOSED", "2026-09-10T02:00:00Z", null);
        dispute(t.gridA2, "RESOLVED", "2026-09-30T15:00:00Z", null);           // 9-30 23:00 in Shanghai
        dispute(t.gridA1, "CLOSED", null, "2026-09-12T02:00:00Z");             // referred, then closed: not resolved
        dispute(t.gridA1, "RESOLVED", "2026-09-30T16:30:00Z", null);           // 10-01 00:30 in Shanghai
        dispute(t.gridB1, "RESOLVED", "2026-09-10T02:00:00Z", null);           // another station
        hazard(t.gridA1, "VERIFIED", "2026-09-05T02:00:00Z", "2026-09-06T02:00:00Z");
        hazard(t.gridA1, "RECTIFIED", "2026-09-05T02:00:00Z", null);           // awaiting re-inspection
        hazard(t.gridA2, "VERIFIED", "2026-08-20T02:00:00Z", "2026-08-31T15:30:00Z"); // 8-31 23:30
        consultation(t.gridA1, "2026-09-11T02:00:00Z", true);
        consultation(t.gridA2, "2026-09-12T02:00:00Z", true);
        consultation(t.gridA1, "2026-09-13T02:00:00Z", false);
        consultation(t.gridB1, "2026-09-13T02:00:00Z", true);
        Eventually.value(() -> statistics.figures(t.branch, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 30))
                .rows().stream().mapToLong(r -> r.records()).sum(), n -> n == 25);
    }

    @Test
    void theFiguresOfAMonthEqualTheDirectCountsAndTheParagraphQuotesThem() throws Exception {
        september();
        MonthlyReport report = reports.report(t.stationA, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30),
                scope(t.branch));
        ReportFigures f = report.figures();

        assertThat(f.unitVisits()).isEqualTo(6);
        assertThat(f.householdVisits()).isEqualTo(5);
        assertThat(f.otherVisits()).isEqualTo(1);
        assertThat(f.publicityEvents()).isEqualTo(2);
        assertThat(f.publicityAudience()).isEqualTo(120);
        assertThat(f.disputesReported()).isEqualTo(1);
        assertThat(f.disputesResolved()).isEqualTo(2).isEqualTo(count("""
                select count(*) from dispute where grid_id in (?, ?) and resolved_at >= '2026-09-01T00:00:00+08'
                  and resolved_at < '2026-10-01T00:00:00+08'""", t.gridA1, t.gridA2));
        assertThat(f.consultations()).isEqualTo(3);
        assertThat(f.consultationsAnswered()).isEqualTo(2).isEqualTo(count("""
                select count(*) from consultation where grid_id in (?, ?) and answer is not null
                  and occurred_at >= '2026-09-01T00:00:00+08' and occurred_at < '2026-10-01T00:00:00+08'""",
                t.gridA1, t.gridA2));
        assertThat(f.hazardsFound()).isEqualTo(1);
        assertThat(f.hazardsRectified()).isEqualTo(1);
        assertThat(f.patrols()).isEqualTo(2);
        assertThat(f.patrolHours()).isEqualTo(2.5);
        assertThat(f.jointPatrols()).isEqualTo(1);
        assertThat(f.jointPatrolHours()).isEqualTo(1.5);
        assertThat(f.tips()).isEqualTo(2);
        assertThat(f.tipsByCategory()).containsOnly(Map.entry("tip.category.GAMBLING", 1L),
                Map.entry("tip.category.TELECOM_FRAUD", 1L));
        assertThat(report.children()).extracting(r -> r.area().id()).containsExactly(t.communityA);
        assertThat(report.children().get(0).figures()).isEqualTo(f);
        assertThat(reports.summary(report, java.util.Locale.SIMPLIFIED_CHINESE)).startsWith(SEPTEMBER_PARAGRAPH)
                .contains("入户走访群众5次").contains("联合巡查1次、共1.5小时").contains("收集各类线索2条");

        MonthlyReport branch = reports.report(t.branch, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30),
                scope(t.branch));
        assertThat(branch.figures().unitVisits()).isEqualTo(7);
        assertThat(branch.figures().disputesResolved()).isEqualTo(3);
        assertThat(branch.children()).extracting(r -> r.area().id()).containsExactly(t.stationA, t.stationB);
        MonthlyReport october = reports.report(t.stationA, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                scope(t.branch));
        assertThat(october.figures().disputesResolved()).isEqualTo(1);
        assertThat(october.figures().unitVisits()).isZero();
    }

    @Test
    void thePageShowsTheMonthsFiguresTheParagraphAndLinksToTheDownloads() throws Exception {
        september();
        Document page = page(supervisorA, "?area=" + t.stationA + "&month=2026-09");

        assertThat(page.select("#headline-UNIT_VISITS .gw-report-kpi-value").text()).isEqualTo("6");
        assertThat(page.select("#headline-PUBLICITY_EVENTS .gw-report-kpi-value").text()).isEqualTo("2");
        assertThat(page.select("#headline-DISPUTES_RESOLVED .gw-report-kpi-value").text()).isEqualTo("2");
        assertThat(page.select("#headline-CONSULTATIONS_ANSWERED .gw-report-kpi-value").text()).isEqualTo("2");
        assertThat(page.select("#headline-HAZARDS_RECTIFIED .gw-report-kpi-value").text()).isEqualTo("1");
        assertThat(page.select("#figure-JOINT_PATROL_HOURS .gw-report-value").text()).isEqualTo("1.5");
        assertThat(page.select("#reportSummary").text()).startsWith(SEPTEMBER_PARAGRAPH);
        assertThat(page.select("#reportProblems")).isEmpty();
        assertThat(page.select("#downloadXlsx").attr("href"))
                .isEqualTo("/reports/monthly.xlsx?area=" + t.stationA + "&month=2026-09");
        assertThat(page.select("#downloadPdf").attr("href"))
                .isEqualTo("/reports/monthly.pdf?area=" + t.stationA + "&month=2026-09");
        assertThat(page.select("#reportAreas tbody tr")).hasSize(1);

        // the user's own area and last month by default; English with the official Chinese wording beside it
        assertThat(page(supervisorA, "").select("#reportSummary").text()).startsWith(SEPTEMBER_PARAGRAPH);
        Document english = page(supervisorA, "?lang=en");
        assertThat(english.select("#reportSummary").text()).startsWith("In September 2026, 甲派出所 made 6 visits "
                + "to enterprises, venues and schools, held 2 legal-education and publicity events, resolved 2 "
                + "disputes, answered 2 legal consultations and rectified 1 hazards");
        assertThat(english.select("#officialSummary").text()).startsWith(SEPTEMBER_PARAGRAPH);

        Document custom = page(supervisorA, "?area=" + t.stationA + "&from=2026-08-01&to=2026-09-30");
        assertThat(custom.select("#headline-UNIT_VISITS .gw-report-kpi-value").text()).isEqualTo("7");
        assertThat(custom.select("#headline-HAZARDS_RECTIFIED .gw-report-kpi-value").text()).isEqualTo("2");
        assertThat(custom.select("#reportSummary").text()).startsWith("2026年8月1日至9月30日，甲派出所");
        assertThat(custom.select("#downloadPdf").attr("href")).endsWith("&from=2026-08-01&to=2026-09-30");
    }

    @Test
    void theWorkbookAndThePdfCarryTheFiguresAndTheChineseParagraph() throws Exception {
        september();
        MockHttpServletResponse xlsx = download("/reports/monthly.xlsx?area=" + t.stationA + "&month=2026-09");
        assertThat(xlsx.getContentType()).startsWith("application/vnd.openxmlformats");
        assertThat(xlsx.getHeader("Content-Disposition")).contains("attachment")
                .contains("filename*=UTF-8''%E6%9C%88%E6%8A%A5-"); // 月报-
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("汇总");
            assertThat(workbook.getSheetName(1)).isEqualTo("分辖区");
            Map<String, String> figures = columns(workbook.getSheetAt(0));
            assertThat(figures).containsEntry("走访企业、场所、院校（次）", "6").containsEntry("化解矛盾纠纷（起）", "2")
                    .containsEntry("解答法律咨询（次）", "2").containsEntry("整改风险隐患（处）", "1")
                    .containsEntry("法律宣讲及专项宣传（次）", "2").containsEntry("联合巡查时长（小时）", "1.5")
                    .containsEntry("其中赌博（条）", "1");
            assertThat(text(workbook.getSheetAt(0))).contains(SEPTEMBER_PARAGRAPH);
            Sheet areas = workbook.getSheetAt(1);
            assertThat(new DataFormatter().formatCellValue(areas.getRow(0).getCell(1))).isEqualTo("走访企业、场所、院校（次）");
            assertThat(new DataFormatter().formatCellValue(areas.getRow(1).getCell(0))).isEqualTo("甲社区");
            assertThat(new DataFormatter().formatCellValue(areas.getRow(2).getCell(0))).isEqualTo("甲派出所合计");
            assertThat(new DataFormatter().formatCellValue(areas.getRow(2).getCell(1))).isEqualTo("6");
        }

        MockHttpServletResponse pdf = download("/reports/monthly.pdf?area=" + t.stationA + "&month=2026-09");
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        byte[] bytes = pdf.getContentAsByteArray();
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains(SEPTEMBER_PARAGRAPH).contains("甲派出所月报（2026年9月）")
                    .contains("整改风险隐患（处）1");
        }
    }

    @Test
    void anAreaOutsideTheScopeIsNotFoundAndOnlySupervisorsAdminsAndOfficersReadReports() throws Exception {
        for (String path : List.of("/reports/monthly", "/reports/monthly.xlsx", "/reports/monthly.pdf")) {
            mvc.perform(get(path).param("area", String.valueOf(t.stationB)).with(user(supervisorA)))
                    .andExpect(status().isNotFound());
            mvc.perform(get(path).param("area", String.valueOf(t.branch)).with(user(supervisorA)))
                    .andExpect(status().isNotFound());
            mvc.perform(get(path).param("area", "987654321987").with(user(supervisorA)))
                    .andExpect(status().isNotFound());
        }
        SignedInUser officer = TestTerritory.user(accounts, users, t.communityA, Role.OFFICER);
        mvc.perform(get("/reports/monthly").with(user(officer))).andExpect(status().isOk());
        mvc.perform(get("/reports/monthly").param("area", String.valueOf(t.stationA)).with(user(officer)))
                .andExpect(status().isNotFound());
        SignedInUser auxiliary = TestTerritory.user(accounts, users, t.stationA, Role.AUXILIARY);
        mvc.perform(get("/reports/monthly").with(user(auxiliary))).andExpect(status().isForbidden());
        SignedInUser mediator = TestTerritory.user(accounts, users, t.stationA, Role.MEDIATOR);
        mvc.perform(get("/reports/monthly.pdf").with(user(mediator))).andExpect(status().isForbidden());
        SignedInUser admin = TestTerritory.user(accounts, users, t.branch, Role.ADMIN);
        mvc.perform(get("/reports/monthly").param("area", String.valueOf(t.stationB)).with(user(admin)))
                .andExpect(status().isOk());
    }

    @Test
    void malformedParametersGiveAMessageAndTheDefaultsNeverAnError() throws Exception {
        Map<String, String> expected = new HashMap<>();
        expected.put("?month=2026-13", "月份格式应为");
        expected.put("?month=abc", "月份格式应为");
        expected.put("?month=1900-01", "月份格式应为");
        expected.put("?area=abc", "辖区参数无效");
        expected.put("?area=1e9", "辖区参数无效");
        expected.put("?from=2026-02-30&to=2026-03-01", "日期格式应为");
        expected.put("?from=2026-06-01", "需同时填写");
        expected.put("?to=2026-06-01", "需同时填写");
        expected.put("?from=2026-09-30&to=2026-06-01", "已对调");
        expected.put("?from=2020-01-01&to=2026-06-01", "最长一年");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Document page = page(supervisorA, e.getKey());
            assertThat(page.select("#reportProblems").text()).as(e.getKey()).contains(e.getValue());
        }
        assertThat(page(supervisorA, "?from=2026-09-30&to=2026-06-01").select("#reportScope").text())
                .contains("2026-06-01 至 2026-09-30");
        assertThat(page(supervisorA, "?from=2020-01-01&to=2026-06-01").select("#reportScope").text())
                .contains("2020-01-01 至 2020-12-31");
        for (String odd : List.of("%00", "' or 1=1 --", "<script>", "9".repeat(40), "-1", "2026-9", " ")) {
            for (String param : List.of("area", "month", "from", "to")) {
                mvc.perform(get("/reports/monthly").param(param, odd).with(user(supervisorA)))
                        .andExpect(result -> assertThat(result.getResponse().getStatus()).as(param + "=" + odd)
                                .isIn(200, 404));
            }
        }
        mvc.perform(get("/reports/monthly.xlsx").param("month", "2026-13").with(user(supervisorA)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/reports/monthly.pdf").param("from", "x").param("to", "y").with(user(supervisorA)))
                .andExpect(status().isBadRequest());
    }

    MockHttpServletResponse download(String url) throws Exception {
        return mvc.perform(get(url).with(user(supervisorA))).andExpect(status().isOk()).andReturn().getResponse();
    }

    Document page(SignedInUser user, String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/reports/monthly" + query).with(user(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    void save(RecordKind kind, long grid, String when, String ended, String subkind, String state, long amount) {
        long id = ++ids;
        transactions.executeWithoutResult(tx -> events.publishEvent(new FieldRecordSaved(kind, id, List.of(grid),
                null, Instant.parse(when), ended == null ? null : Instant.parse(ended), subkind, "x", List.of(),
                null, null, null, state, amount)));
    }

    void dispute(long grid, String state, String resolvedAt, String referredAt) {
        Timestamp resolved = resolvedAt == null ? null : Timestamp.from(Instant.parse(resolvedAt));
        Timestamp referred = referredAt == null ? null : Timestamp.from(Instant.parse(referredAt));
        Timestamp at = Timestamp.from(Instant.parse("2026-09-01T02:00:00Z"));
        jdbc.sql("""
                insert into dispute (grid_id, category, risk, source, description, occurred_at, state, reported_at,
                                     resolved_at, agreement, referred_at, referred_to, satisfaction, created_at, updated_at)
                values (?, 'NEIGHBOUR', 'LOW', 'WALK_IN', '测试', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(grid, at, state, at, resolved, resolved == null ? null : "协议", referred,
                referred == null ? null : "COURT", state.equals("CLOSED") ? "SATISFIED" : null, at, at).update();
    }

    void hazard(long grid, String state, String rectifiedAt, String verifiedAt) {
        Timestamp at = Timestamp.from(Instant.parse("2026-08-01T02:00:00Z"));
        jdbc.sql("""
                insert into hazard (grid_id, category, severity, description, found_by, found_at, responsible_unit,
                                    state, due_at, notice_deadline, rectified_at, verified_at, created_at, updated_at)
                values (?, 'FIRE', 'LOW', '测试', 'PATROL', ?, '单位', ?, ?, '2026-09-01', ?, ?, ?, ?)
                """).params(grid, at, state, state.equals("VERIFIED") ? null : Timestamp.from(Instant.parse(
                "2026-12-01T00:00:00Z")), Timestamp.from(Instant.parse(rectifiedAt)),
                verifiedAt == null ? null : Timestamp.from(Instant.parse(verifiedAt)), at, at).update();
    }

    void consultation(long grid, String when, boolean answered) {
        Timestamp at = Timestamp.from(Instant.parse(when));
        jdbc.sql("""
                insert into consultation (grid_id, occurred_at, recorded_by_name, recorded_at, updated_at, question,
                                          answer, answered_by_id, channel)
                values (?, ?, '测试', ?, ?, '问题', ?, ?, 'PHONE')
                """).params(grid, at, at, at, answered ? "解答" : null, answered ? person : null).update();
    }

    AreaScope scope(long areaId) {
        return new AreaScope(jdbc.sql("select path from area where id = ?").param(areaId).query(String.class).single());
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** Column A → column B of every row, as Excel shows them. */
    static Map<String, String> columns(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        Map<String, String> values = new HashMap<>();
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(1) != null) {
                values.put(formatter.formatCellValue(row.getCell(0)), formatter.formatCellValue(row.getCell(1)));
            }
        }
        return values;
    }

    static String text(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\n')));
        return text.toString();
    }
}
