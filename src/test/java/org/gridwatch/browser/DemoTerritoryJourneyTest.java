package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridwatch.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** The demo territory as its users meet it: each sees their own part and nothing of the rest. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gridwatch.demo-data.enabled=true")
@ContextConfiguration(initializers = FreshDatabase.class)
class DemoTerritoryJourneyTest extends BrowserTest {

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
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#supervisionMap path.leaflet-interactive"))
                        .isEmpty());
        screenshot("demo-map-desktop-zh");
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
}
