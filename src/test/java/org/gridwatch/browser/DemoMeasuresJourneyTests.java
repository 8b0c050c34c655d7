package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridwatch.DemoDataIntegrationTest;
import org.gridwatch.Eventually;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The article's three rates on the demo data: residents' answers on a share of the visits, consultations and
 * dispute call-backs, and a station supervisor reading 见警率, 管事率 and 满意率 with their definitions.
 */
@DemoDataIntegrationTest
class DemoMeasuresJourneyTests extends AbstractJourneyTests {

    static final String PASSWORD = "gridwatch-demo";
    static final String SEASON = "/dashboard?period=CUSTOM&from=2026-06-01&to=2026-09-30";

    @Autowired JdbcClient jdbc;

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theDemoHasResidentsAnswersMostlySatisfied() {
        long visits = count("select count(*) from visit");
        long answered = count("select count(*) from visit where satisfaction is not null");
        assertThat(answered).isBetween(visits / 4, visits / 2);
        assertThat(count("select count(*) from visit where satisfaction = 'SATISFIED'"))
                .isGreaterThan(count("select count(*) from visit where satisfaction = 'BASICALLY'"));
        assertThat(count("select count(*) from visit where satisfaction = 'UNSATISFIED'")).isBetween(1L, answered / 10);
        assertThat(count("select count(*) from consultation where satisfaction is not null")).isGreaterThan(50);
        assertThat(count("select count(*) from dispute where satisfaction is not null")).isGreaterThan(20);
    }

    @Test
    void aStationSupervisorSeesTheThreeRatesWithTheirDefinitions() {
        size(PHONE);
        signIn("station.chief", PASSWORD);
        // the figures are counted after the demo's commit, by the asynchronous statistics listener
        String satisfaction = Eventually.value(() -> {
            open(SEASON);
            waitUntilVisible("#measure-satisfaction");
            return text("#measure-satisfaction .gw-measure-value");
        }, v -> !"—".equals(v));
        assertThat(satisfaction).endsWith("%");
        assertThat(text("#measure-visibility")).contains("见警率").contains("有巡逻的网格天数");
        assertThat(text("#measure-visibility .gw-measure-value")).endsWith("%");
        assertThat(text("#measure-handling")).contains("管事率").contains("受理时限");
        assertThat(text("#measure-handling .gw-measure-value")).endsWith("%");
        assertThat(text("#measure-satisfaction")).contains("满意率").contains("满意 + 基本满意");
        assertThat(text("#measuresByArea")).contains("临河社区");
        assertThat(text("main")).doesNotContain("东方广场社区");
        assertThat(scrollsSideways()).isFalse();
        scrollTo("#measures");
        screenshot("measures-phone-zh");
        scrollTo("#measuresByArea");
        screenshot("measures-table-phone-zh");
        open(SEASON + "&lang=en");
        waitUntilVisible("#measure-satisfaction");
        assertThat(text("#measure-visibility")).contains("Police visibility");
        assertThat(scrollsSideways()).isFalse();
        scrollTo("#measures");
        screenshot("measures-phone-en");

        size(DESKTOP);
        open(SEASON + "&lang=zh_CN");
        waitUntilVisible("#measure-satisfaction");
        scrollTo("#measures");
        screenshot("measures-desktop-zh");
        open(SEASON + "&lang=en");
        waitUntilVisible("#measure-satisfaction");
        scrollTo("#measures");
        screenshot("measures-desktop-en");
        open("/?lang=zh_CN");
    }

    private void scrollTo(String css) {
        // instantly: Bootstrap's smooth scrolling would still be moving when the screenshot is taken
        ((ChromeDriver) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});", find(css));
    }
}
