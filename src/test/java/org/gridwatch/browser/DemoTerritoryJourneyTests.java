package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gridwatch.DemoDataIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo territory as its users meet it: each sees their own part and nothing of the rest. */
@DemoDataIntegrationTest
class DemoTerritoryJourneyTests extends AbstractJourneyTests {

    static final String PASSWORD = "gridwatch-demo";

    @Autowired JdbcClient jdbc;

    @Test
    void anOfficerSeesOnlyTheGridsOfTheirCommunityOnTheirPhone() {
        size(PHONE);
        signIn("officer.linhe", PASSWORD);
        open("/duty/my-grids");
        List<WebElement> grids = driver.findElements(By.cssSelector(".gw-my-grid h2"));
        assertThat(grids).isNotEmpty();
        assertThat(grids).allSatisfy(g -> assertThat(g.getText()).startsWith("临河社区"));
        assertThat(scrollsSideways()).isFalse();
        screenshot("demo-my-grids-phone-zh");

        open("/duty/coverage");
        assertThat(text("body")).doesNotContain("东方广场社区");
        screenshot("demo-coverage-officer-phone-zh");
    }

    @Test
    void aStationSupervisorCannotOpenAPlaceOfAnotherStation() {
        long otherStationsPlace = jdbc.sql("""
                select p.id from place p join area g on g.id = p.grid_id
                where g.path like (select path from area where type = 'STATION' and name like '东方广场%') || '%'
                order by p.id limit 1
                """).query(Long.class).single();
        long ownPlace = jdbc.sql("""
                select p.id from place p join area g on g.id = p.grid_id
                where g.path like (select path from area where type = 'STATION' and name like '临河%') || '%'
                order by p.id limit 1
                """).query(Long.class).single();
        signIn("station.chief", PASSWORD);
        open("/places/" + ownPlace);
        assertThat(text("h1")).isNotEqualTo("未找到");
        open("/places/" + otherStationsPlace);
        assertThat(text("h1")).isEqualTo("未找到");
        screenshot("demo-other-station-place-desktop-zh");
        open("/places?lang=en");
        assertThat(text("main")).doesNotContain("东方广场社区");
    }

    @Test
    void theBranchSupervisorSeesTheDeliberateCoverageGaps() {
        signIn("branch.chief", PASSWORD);
        open("/duty/coverage");
        assertThat(text("#count-total")).isEqualTo("60");
        assertThat(text("#count-covered")).isEqualTo("57");
        assertThat(text("#count-partly")).isEqualTo("2");
        assertThat(text("#count-uncovered")).isEqualTo("1");
        assertThat(text("#ending-soon")).contains("临河社区1网格");
        screenshot("demo-coverage-desktop-zh");
        open("/duty/coverage?lang=en");
        screenshot("demo-coverage-desktop-en");
        open("/areas");
        screenshot("demo-area-tree-desktop-en");
        open("/?lang=zh_CN");
    }

    @Test
    void theBranchSupervisorReadsTheSeasonOnTheDashboardAndTheMap() {
        signIn("branch.chief", PASSWORD);
        String season = "/dashboard?period=CUSTOM&from=2026-06-01&to=2026-09-30";
        // the figures are counted after the demo's commit, by the asynchronous statistics listener
        long visits = org.gridwatch.Eventually.value(() -> {
            open(season);
            return Long.parseLong(text("#kpi-visit .gw-kpi-value"));
        }, n -> n >= 420);
        assertThat(visits).isGreaterThanOrEqualTo(420);
        assertThat(Long.parseLong(text("#kpi-consultation .gw-kpi-value"))).isGreaterThanOrEqualTo(300);
        assertThat(Long.parseLong(text("#kpi-publicity .gw-kpi-value"))).isGreaterThanOrEqualTo(20);
        assertThat(find("#rankingChart").getAttribute("data-chart")).contains("临河派出所");
        screenshot("demo-dashboard-desktop-zh");
        open(season + "&lang=en");
        screenshot("demo-dashboard-desktop-en");
        open("/dashboard/map?period=CUSTOM&from=2026-06-01&to=2026-09-30&measure=PATROL_HOURS&points=VISIT&lang=zh_CN");
        assertThat(find("#supervisionMap").getAttribute("data-values-url")).contains("measure=PATROL_HOURS");
        waitUntilVisible("#supervisionMap path.leaflet-interactive");
        // every demo grid is drawn, and the season's located visits are points on top of them
        assertThat(find("#supervisionMap").getAttribute("data-drawn")).isEqualTo("60");
        org.gridwatch.Eventually.value(() -> find("#supervisionMap").getAttribute("data-points"),
                n -> n != null && Integer.parseInt(n) > 0);
        assertThat(driver.findElements(By.cssSelector("#supervisionMap path.leaflet-interactive")).size())
                .isGreaterThan(60);
        screenshot("demo-map-desktop-zh");
        size(PHONE);
        open("/dashboard/map?period=CUSTOM&from=2026-06-01&to=2026-09-30&measure=RECORDS&lang=zh_CN");
        waitUntilVisible("#supervisionMap path.leaflet-interactive");
        assertThat(find("#supervisionMap").getAttribute("data-drawn")).isEqualTo("60");
        assertThat(scrollsSideways()).isFalse();
        screenshot("demo-map-phone-zh");
        size(TABLET);
        open(season);
        assertThat(scrollsSideways()).isFalse();
        screenshot("demo-dashboard-tablet-zh");
        size(DESKTOP);
        open("/cases/overdue");
        screenshot("demo-overdue-desktop-zh");
    }

    @Test
    void anOfficersHomeShowsTheirCasesAndPlacesDueForAVisit() {
        size(PHONE);
        signIn("officer.linhe", PASSWORD);
        waitUntilVisible("#duePanel");
        assertThat(text("#myCasesPanel")).isNotBlank();
        assertThat(scrollsSideways()).isFalse();
        screenshot("demo-officer-home-phone-zh");
        size(DESKTOP);
    }

    @Test
    void aStationSupervisorChangesThePeriodFollowsACardIntoItsListAndOpensAGridFromTheMap() {
        signIn("station.chief", PASSWORD);
        open("/dashboard");
        assertThat(text("#dashboardScope")).contains("临河派出所");
        new Select(find("#period")).selectByValue("QUARTER");
        click("#applyDashboard");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        assertThat(text("#dashboardScope")).contains(quarterStart.toString());

        String season = "/dashboard?period=CUSTOM&from=2026-06-01&to=2026-09-30";
        long visits = org.gridwatch.Eventually.value(() -> {
            open(season);
            return Long.parseLong(text("#kpi-visit .gw-kpi-value"));
        }, n -> n > 0);
        screenshot("station-dashboard-desktop-zh");
        click("#kpi-visit");
        assertThat(driver.getCurrentUrl()).contains("/visits?area=").contains("from=2026-06-01")
                .contains("to=2026-09-30");
        // the card's figure is the number of records the list behind it holds
        assertThat(text("#visitCount")).contains(String.valueOf(visits));

        open(season);
        click("#openMap");
        waitUntilVisible("#supervisionMap path.leaflet-interactive");
        // a click on the first grid (polygons are drawn before points) opens its popup with the timeline link
        ((JavascriptExecutor) driver).executeScript("var r = arguments[0].getBoundingClientRect();"
                + "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, "
                + "clientX: r.left + r.width / 2, clientY: r.top + r.height / 2}))",
                find("#supervisionMap path.leaflet-interactive"));
        click(".leaflet-popup-content a");
        assertThat(driver.getCurrentUrl()).matches(".*/grids/\\d+/timeline");
        screenshot("station-grid-timeline-desktop-zh");

        size(TABLET);
        open(season);
        assertThat(scrollsSideways()).isFalse();
        screenshot("station-dashboard-tablet-zh");
        open(season + "&lang=en");
        screenshot("station-dashboard-tablet-en");
        size(PHONE);
        open(season);
        assertThat(scrollsSideways()).isFalse();
        screenshot("station-dashboard-phone-zh");
        size(DESKTOP);
    }
}
