package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridwatch.DemoDataIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The "三零" rating on the demo data: station.chief (临河派出所) opens September 2026, drills into a failing community
 * down to the hazards behind it, and confirms the month (desktop); then August at tablet width; June, confirmed
 * with the demo, reads as frozen on a phone, in Chinese and English.
 */
@DemoDataIntegrationTest
class RatingJourneyTests extends AbstractJourneyTests {

    static final String PASSWORD = "gridwatch-demo";

    @Autowired JdbcClient jdbc;

    @Test
    void aStationSupervisorDrillsIntoAFailingCommunityAndConfirmsTheMonth() {
        size(DESKTOP);
        signIn("station.chief", PASSWORD);
        open("/ratings?month=2026-09");
        List<WebElement> rows = driver.findElements(By.cssSelector("#ratingTable tbody tr"));
        assertThat(rows).hasSize(4);
        List<WebElement> failing = driver.findElements(By.cssSelector("#ratingTable tbody tr.gw-rating-fail"));
        assertThat(failing).isNotEmpty().hasSizeLessThan(rows.size());
        assertThat(text("#ratingRules")).contains("整改期限");
        screenshot("rating-board-desktop-zh");

        click("#ratingTable tbody tr.gw-rating-fail a");
        assertThat(text("#overall")).isEqualTo("未达到“三零”");
        assertThat(text("#ratingState")).contains("实时");
        assertThat(driver.findElements(By.cssSelector(".gw-rating-rule.border-danger .gw-rating-link"))).isNotEmpty();
        screenshot("rating-community-desktop-zh");
        String link = find(".gw-rating-rule.border-danger .gw-rating-link").getAttribute("href");
        assertThat(link).matches(".*/(hazards|disputes)/\\d+");
        click(".gw-rating-rule.border-danger .gw-rating-link");
        assertThat(driver.getCurrentUrl()).isEqualTo(link);

        open("/ratings?month=2026-09");
        click("#confirmRatings");
        assertThat(text("#confirmedBadge")).contains("确认");
        assertThat(text("body")).contains("本月评定已确认并固定");
        assertThat(driver.findElements(By.cssSelector("#confirmRatings"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#ratingTable .badge.border"))).hasSize(4);
        screenshot("rating-confirmed-desktop-zh");
        assertThat(jdbc.sql("select count(*) from rating_confirmation where month = date '2026-09-01'")
                .query(Long.class).single()).isEqualTo(1);

        size(TABLET);
        open("/ratings?month=2026-08");
        assertThat(scrollsSideways()).isFalse();
        screenshot("rating-board-tablet-zh");
        click("#ratingTable tbody tr.gw-rating-fail a");
        assertThat(text("#result-NO_ESCALATION")).contains("上交时间");
        screenshot("rating-community-tablet-zh");
        click("#backToBoard");
        click("#confirmRatings");
        assertThat(text("#confirmedBadge")).contains("确认");
        screenshot("rating-confirmed-tablet-zh");

        size(PHONE);
        open("/ratings?month=2026-06");
        assertThat(text("#confirmedBadge")).contains("确认");
        assertThat(scrollsSideways()).isFalse();
        screenshot("rating-board-phone-zh");
        open("/ratings?month=2026-09&lang=en");
        assertThat(text("h1")).contains("Three Zeros");
        assertThat(scrollsSideways()).isFalse();
        screenshot("rating-board-phone-en");
        click("#ratingTable tbody tr.gw-rating-fail a");
        assertThat(text("#ratingState")).contains("Confirmed by");
        assertThat(text("#ratingHistory")).isNotBlank();
        assertThat(scrollsSideways()).isFalse();
        screenshot("rating-community-phone-en");
        open("/ratings?month=2026-13&lang=zh_CN");
        assertThat(text("#monthFeedback")).contains("年-月");
        screenshot("rating-bad-month-phone-zh");
    }
}
