package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.gridwatch.DemoDataIntegrationTest;
import org.junit.jupiter.api.Test;

/** The branch chief reads the demo season's monthly report on a phone and a desktop, in Chinese and English. */
@DemoDataIntegrationTest
class DemoReportJourneyTests extends AbstractJourneyTests {

    static final String PASSWORD = "gridwatch-demo";

    @Test
    void theBranchChiefOpensTheSeasonsReportFromTheDashboardAndDownloadsItsExcelAndPdf() throws Exception {
        signIn("branch.chief", PASSWORD);
        open("/dashboard?period=CUSTOM&from=2026-06-01&to=2026-09-30");
        click("#openReport");
        // the figures are counted after the demo's commit, by the asynchronous statistics listener
        long visits = org.gridwatch.Eventually.value(() -> {
            driver.navigate().refresh();
            return Long.parseLong(text("#headline-UNIT_VISITS .gw-report-kpi-value"));
        }, n -> n >= 420);
        assertThat(visits).isGreaterThanOrEqualTo(420);
        assertThat(text("#headline-DISPUTES_RESOLVED .gw-report-kpi-value")).isEqualTo("32");
        assertThat(text("#headline-HAZARDS_RECTIFIED .gw-report-kpi-value")).isEqualTo("12");
        assertThat(text("#reportSummary")).startsWith("2026年6月1日至9月30日，经开分局走访企业、场所、院校")
                .contains("化解矛盾纠纷32起").contains("排查整改风险隐患12处");
        assertThat(text("#reportTitle")).isEqualTo("经开分局月报（2026年6月1日至9月30日）");
        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("#reportAreas tbody tr"))).hasSize(6);
        screenshot("report-season-desktop-zh");

        String session = driver.manage().getCookieNamed("SESSION") != null
                ? "SESSION=" + driver.manage().getCookieNamed("SESSION").getValue()
                : "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(URI.create(find("#downloadXlsx")
                .getAttribute("href"))).header("Cookie", session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.openxml");
        assertThat(new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(find("#downloadPdf")
                .getAttribute("href"))).header("Cookie", session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        String url = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        open(url + "&lang=en");
        assertThat(text("#reportSummary")).startsWith("From 1 June to 30 September 2026, 经开分局 made ")
                .contains("resolved 32 disputes");
        assertThat(text("#officialSummary")).contains("化解矛盾纠纷32起");
        screenshot("report-season-desktop-en");

        size(PHONE);
        assertThat(scrollsSideways()).isFalse();
        screenshot("report-season-phone-en");
        open(url + "&lang=zh_CN");
        assertThat(scrollsSideways()).isFalse();
        screenshot("report-season-phone-zh");
        scrollTo("#reportHeadline");
        screenshot("report-season-phone-zh-figures");
        scrollTo("#reportAreas");
        screenshot("report-season-phone-zh-areas");
        size(DESKTOP);
        scrollTo("#figuresTitle");
        screenshot("report-season-desktop-zh-tables");
        size(PHONE);
        open("/reports/monthly?month=2026-13");
        assertThat(text("#reportProblems")).contains("月份格式应为");
        assertThat(scrollsSideways()).isFalse();
        screenshot("report-bad-month-phone-zh");
    }

    private void scrollTo(String css) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});", find(css));
    }
}
