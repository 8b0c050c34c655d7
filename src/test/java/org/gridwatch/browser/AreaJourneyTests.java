package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.gridwatch.area.AreaFixtures;
import org.gridwatch.area.AreaManagement;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

class AreaJourneyTests extends AbstractJourneyTests {

    @Autowired
    AreaManagement management;

    @Test
    void adminBuildsAStationCommunityAndGridChainAndSeesTheGridOnTheMap() {
        AreaFixtures fixtures = new AreaFixtures(management);
        AreaSummary bureau = fixtures.add("长春市公安局", AreaType.BUREAU, null);
        AreaSummary branch = fixtures.add("经开分局", AreaType.BRANCH, bureau);
        String suffix = UUID.randomUUID().toString().substring(0, 6);

        signInAsAdmin();
        open("/areas/" + branch.id());
        click("#addChild");
        assertThat(new Select(find("#type")).getFirstSelectedOption().getAttribute("value")).isEqualTo("STATION");
        type("#code", "LH-" + suffix);
        type("#name", "临河派出所");
        click("#save");
        assertThat(text("#areaName")).isEqualTo("临河派出所");
        assertThat(text(".alert-success")).isEqualTo("区域已创建。");

        click("#addChild");
        type("#code", "LH-C1-" + suffix);
        type("#name", "临河社区");
        new Select(find("#communityKind")).selectByValue("COMMUNITY");
        click("#save");
        assertThat(text("#areaName")).isEqualTo("临河社区");

        click("#addChild");
        type("#code", "LH-G1-" + suffix);
        type("#name", "临河一网格");
        type("#population", "2300");
        type("#households", "812");
        type("#boundary", "{\"type\":\"Polygon\",\"coordinates\":[[[125.30,43.80],[125.31,43.80],[125.31,43.81]]]}");
        click("#save");
        // an open ring is refused with a message beside the field, the input kept
        assertThat(text("#boundary-error")).isEqualTo("边界的每个环至少需要 4 个坐标点（首尾相同）。");
        screenshot("area-form-error-desktop-zh");
        type("#boundary", "{\"type\":\"Polygon\",\"coordinates\":[[[125.300,43.800],[125.312,43.801],"
                + "[125.315,43.811],[125.302,43.812],[125.300,43.800]]]}");
        click("#save");
        assertThat(text("#areaName")).isEqualTo("临河一网格");
        assertThat(text("#breadcrumbs")).contains("经开分局", "临河派出所", "临河社区");

        String gridUrl = driver.getCurrentUrl().replaceAll("\\?.*", "");
        waitForMap();
        assertThat(driver.findElements(By.cssSelector("#areaMap path.leaflet-interactive"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#areaMap .leaflet-tile"))).isEmpty();
        assertThat(scrollsSideways()).isFalse();
        screenshot("area-detail-desktop-zh");

        driver.get(gridUrl + "?lang=en");
        waitForMap();
        assertThat(text("#breadcrumbs")).startsWith("Areas");
        screenshot("area-detail-desktop-en");

        size(PHONE);
        driver.get(gridUrl + "?lang=zh_CN");
        waitForMap();
        assertThat(scrollsSideways()).isFalse();
        screenshot("area-detail-phone-zh");
        driver.get(gridUrl + "?lang=en");
        waitForMap();
        assertThat(scrollsSideways()).isFalse();
        screenshot("area-detail-phone-en");

        click("#historyTab");
        assertThat(text("#history")).contains("Created", "临河一网格");
        assertThat(scrollsSideways()).isFalse();
        screenshot("area-history-phone-en");
        click("#moveArea");
        assertThat(new Select(find("#parentId")).getFirstSelectedOption().getText()).startsWith("临河社区");
        assertThat(scrollsSideways()).isFalse();
        screenshot("area-move-phone-en");

        open("/areas?lang=zh_CN");
        assertThat(scrollsSideways()).isFalse();
        screenshot("area-tree-phone-zh");
        size(DESKTOP);
        open("/areas");
        assertThat(text("#node-" + branch.id())).contains("临河派出所", "下级 1 · 网格 1");
        screenshot("area-tree-desktop-zh");
        open("/areas?lang=en");
        assertThat(text("#node-" + branch.id())).contains("1 sub-area · 1 grid");
        screenshot("area-tree-desktop-en");

        assertThat(cspViolations()).isEmpty();
    }

    private void waitForMap() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "true".equals(d.findElement(By.id("areaMap")).getAttribute("data-drawn")));
    }

    /** Console messages about the Content-Security-Policy, where the driver hands out the browser log. */
    private List<String> cspViolations() {
        try {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy")).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
