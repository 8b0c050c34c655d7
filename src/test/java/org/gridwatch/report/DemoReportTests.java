package org.gridwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gridwatch.DemoDataIntegrationTest;
import org.gridwatch.Eventually;
import org.gridwatch.area.AreaScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The branch's report for the demo season (2026-06-01..09-30) quotes the article's figures. Same context as the
 * demo's browser journeys, so the demo is loaded once for both.
 */
@DemoDataIntegrationTest
class DemoReportTests {

    static final LocalDate SEASON_START = LocalDate.of(2026, 6, 1);
    static final LocalDate SEASON_END = LocalDate.of(2026, 9, 30);

    @Autowired JdbcClient jdbc;
    @Autowired MonthlyReports reports;

    @Test
    void theBranchsSeasonReportShowsTheArticlesFigures() throws Exception {
        long branch = jdbc.sql("select id from area where type = 'BRANCH'").query(Long.class).single();
        // the figures are kept after the demo's commit by the asynchronous statistics listener
        Eventually.value(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single(), n -> n == 0);
        MonthlyReport report = Eventually.value(() -> reports.report(branch, SEASON_START, SEASON_END,
                AreaScope.everything()), r -> r.figures().unitVisits() >= 420);
        ReportFigures f = report.figures();

        assertThat(f.unitVisits()).isGreaterThanOrEqualTo(420);
        assertThat(f.publicityEvents()).isGreaterThanOrEqualTo(20);
        assertThat(f.disputesResolved()).isEqualTo(32);
        assertThat(f.consultationsAnswered()).isGreaterThanOrEqualTo(300);
        assertThat(f.hazardsRectified()).isEqualTo(12);
        assertThat(f.jointPatrols()).isPositive();
        assertThat(report.children()).hasSize(6);
        assertThat(report.children().stream().mapToLong(r -> r.figures().disputesResolved()).sum()).isEqualTo(32);
        String paragraph = reports.summary(report, Locale.SIMPLIFIED_CHINESE);
        assertThat(paragraph).startsWith("2026年6月1日至9月30日，经开分局走访企业、场所、院校" + f.unitVisits() + "次，"
                + "组织开展法律宣讲及专项宣传" + f.publicityEvents() + "次，化解矛盾纠纷32起，解答群众法律咨询"
                + f.consultationsAnswered() + "次，排查整改风险隐患12处。");

        byte[] pdf = reports.pdf(report);
        byte[] xlsx = reports.workbook(report);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "report-demo-season.pdf"), pdf);
        Files.write(Path.of("target", "report-demo-season.xlsx"), xlsx);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains(paragraph);
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            assertThat(MonthlyReportTests.columns(workbook.getSheetAt(0))).containsEntry("化解矛盾纠纷（起）", "32")
                    .containsEntry("整改风险隐患（处）", "12")
                    .containsEntry("走访企业、场所、院校（次）", String.valueOf(f.unitVisits()));
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(7);
        }
    }
}
