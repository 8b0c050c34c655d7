package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gridwatch.hazard.HazardDirectory;
import org.gridwatch.hazard.HazardFixtures;
import org.gridwatch.hazard.HazardManagement;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.place.PlaceData;
import org.gridwatch.place.PlaceKind;
import org.gridwatch.place.PlaceManagement;
import org.gridwatch.place.PlaceView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gridwatch.hazard.HazardActor;
import org.gridwatch.hazard.HazardCategory;
import org.gridwatch.hazard.HazardData;
import org.gridwatch.hazard.HazardFoundBy;
import org.gridwatch.hazard.HazardSeverity;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A hazard from a phone, start to end: an officer records it at a place with a photo, issues the rectification
 * notice (and prints it), records the rectification with an after-photo; his own re-inspection is refused; a
 * second officer verifies it. Screenshots at phone and desktop width, in Chinese and English.
 */
class HazardJourneyTests extends AbstractJourneyTests {

    static final String PASSWORD = "test-password-1";

    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PlaceManagement places;
    @Autowired HazardManagement hazards;
    @Autowired HazardDirectory directory;
    @Autowired TransactionTemplate transactions;

    @Test
    void aHazardGoesFromFoundToVerifiedWithPhotosAndOnlyAnotherOfficerMayVerifyIt() throws Exception {
        HazardFixtures f = new HazardFixtures(jdbc, accounts, users);
        PlaceView place = places.create(new PlaceData(PlaceKind.VENUE, "星空网咖" + f.t.suffix, "卫星路 88 号",
                f.t.gridA1, null, null, "孙老板", "13900001111", 14, null), f.stationAScope);
        Path before = Files.createTempFile("hazard-before", ".png");
        Files.write(before, HazardFixtures.png(new Color(200, 60, 60), 320, 240));
        Path after = Files.createTempFile("hazard-after", ".jpg");
        Files.write(after, HazardFixtures.jpeg(new Color(40, 160, 90), 320, 240));
        String description = "安全出口被货物堵塞，应急照明灯不亮 " + f.t.suffix;

        size(PHONE);
        signIn(f.officerA.getUsername(), PASSWORD);
        open("/hazards/new?lang=zh_CN");
        assertThat(scrollsSideways()).isFalse();
        new Select(find("#gridId")).selectByValue(String.valueOf(f.t.gridA1));
        // the place picker follows the grid (htmx)
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector("#placeId option[value='" + place.id() + "']")).isEmpty());
        new Select(find("#placeId")).selectByValue(String.valueOf(place.id()));
        new Select(find("#category")).selectByValue("FIRE");
        new Select(find("#severity")).selectByValue("HIGH");
        type("#description", description);
        find("#photos").sendKeys(before.toAbsolutePath().toString());
        new Select(find("#foundBy")).selectByValue("INSPECTION");
        screenshot("hazard-form-phone-zh");
        click("#save");

        assertThat(text(".alert-success")).isEqualTo("隐患已登记。");
        assertThat(text("#hazardState")).isEqualTo("已发现");
        assertThat(text("#responsibleUnit")).isEqualTo("星空网咖" + f.t.suffix);
        assertThat(driver.findElements(By.cssSelector("#beforePhotos img"))).hasSize(1);
        assertThat(scrollsSideways()).isFalse();
        String detailUrl = driver.getCurrentUrl().replaceAll("\\?.*", "");
        screenshot("hazard-found-phone-zh");

        click("#notify");
        type("#requirement", "三日内清理安全出口通道，修复应急照明");
        assertThat(scrollsSideways()).isFalse();
        screenshot("hazard-notify-phone-zh");
        click("#save");
        assertThat(text("#hazardState")).isEqualTo("整改中");
        click("#printNotice");
        assertThat(text("#notice")).contains("风险隐患整改通知书").contains("星空网咖" + f.t.suffix)
                .contains("三日内清理安全出口通道").contains("甲派出所");
        assertThat(scrollsSideways()).isFalse();
        screenshot("hazard-notice-phone-zh");
        size(DESKTOP);
        screenshot("hazard-notice-desktop-zh");
        size(PHONE);

        driver.get(detailUrl);
        click("#rectify");
        find("#photos").sendKeys(after.toAbsolutePath().toString());
        type("#note", "已清理出口通道，更换应急照明灯 2 盏");
        assertThat(scrollsSideways()).isFalse();
        screenshot("hazard-rectify-phone-zh");
        click("#save");
        assertThat(text("#hazardState")).isEqualTo("待复核");
        assertThat(driver.findElements(By.cssSelector("#afterPhotos img"))).hasSize(1);
        assertThat(text("#verifyHint")).contains("须由其他民警复核");
        assertThat(driver.findElements(By.cssSelector("#verify"))).isEmpty();
        screenshot("hazard-rectified-phone-zh");

        // the officer who recorded the rectification tries to verify it anyway: refused, saying why
        open(detailUrl.substring(detailUrl.indexOf("/hazards")) + "/verify");
        assertThat(text("#refusedReason")).contains("本次整改由您登记，须由其他人员复核");
        screenshot("hazard-verify-refused-phone-zh");
        open(detailUrl.substring(detailUrl.indexOf("/hazards")) + "/verify?lang=en");
        assertThat(text("#refusedReason")).contains("someone else has to re-inspect");
        screenshot("hazard-verify-refused-phone-en");
        open("/hazards?lang=zh_CN");
        signOut();

        signIn(f.otherOfficerA.getUsername(), PASSWORD);
        driver.get(detailUrl);
        click("#verify");
        assertThat(driver.findElements(By.cssSelector("#afterPhotos img"))).hasSize(1);
        click("input[name='outcome'][value='PASS']");
        type("#note", "现场复核，整改到位");
        assertThat(scrollsSideways()).isFalse();
        screenshot("hazard-verify-phone-zh");
        click("#save");
        assertThat(text("#hazardState")).isEqualTo("已销号");
        assertThat(text("#timeline")).contains("登记隐患").contains("发出整改通知").contains("登记整改")
                .contains("复核通过，销号");
        assertThat(scrollsSideways()).isFalse();
        screenshot("hazard-verified-phone-zh");

        // the printed notice: what paper gets (print media emulated)
        String path = detailUrl.substring(detailUrl.indexOf("/hazards"));
        size(DESKTOP);
        open(path + "/notice?lang=zh_CN");
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(find(".gw-navbar").isDisplayed()).isFalse();
        assertThat(find("#print").isDisplayed()).isFalse();
        fullScreenshot("hazard-notice-print-zh");
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        // more hazards in the officers' grids for the lists: one yellow, one red, one on time
        pastHazards(f);

        // the other pages, at both widths and in both languages
        for (String lang : new String[] {"zh_CN", "en"}) {
            String suffix = lang.equals("en") ? "en" : "zh";
            size(PHONE);
            open("/hazards?lang=" + lang);
            assertThat(text("#hazardTable tbody")).contains(f.t.suffix);
            assertThat(scrollsSideways()).isFalse();
            assertThat(((ChromeDriver) driver).executeScript("var t = document.querySelector('.table-responsive');"
                    + " return t.scrollWidth > t.clientWidth;")).as("the list table fits a phone").isEqualTo(false);
            screenshot("hazard-list-phone-" + suffix);
            open(path);
            assertThat(scrollsSideways()).isFalse();
            fullScreenshot("hazard-detail-phone-" + suffix);
            open("/hazards/new");
            assertThat(scrollsSideways()).isFalse();
            fullScreenshot("hazard-form-phone-" + suffix);
            size(DESKTOP);
            open("/hazards?state=OPEN&sort=due");
            screenshot("hazard-list-open-desktop-" + suffix);
            open("/hazards");
            screenshot("hazard-list-desktop-" + suffix);
            open(path);
            fullScreenshot("hazard-detail-desktop-" + suffix);
            open("/hazards/new");
            screenshot("hazard-form-desktop-" + suffix);
            open(path + "/notice");
            screenshot("hazard-notice-desktop-" + suffix);
        }
        open("/hazards?lang=zh_CN");
    }

    /** Hazards recorded days ago: found 2 days ago (overdue), 6 days ago (red), and one notified (on time). */
    private void pastHazards(HazardFixtures f) {
        transactions.executeWithoutResult(status -> pastHazardsWithin(f));
    }

    private void pastHazardsWithin(HazardFixtures f) {
        HazardActor officer = hazards.actor(f.otherOfficerA);
        Instant now = Instant.now();
        hazards.asOf(now.minus(Duration.ofDays(2))).create(new HazardData(f.t.gridA2, null, null, null,
                HazardCategory.TRAFFIC, HazardSeverity.MEDIUM, "校门口无减速标识，接送车辆乱停 " + f.t.suffix,
                HazardFoundBy.PATROL, now.minus(Duration.ofDays(2)), "经开实验小学", "刘校长", "13612345678", null),
                List.of(HazardFixtures.photo("a.png")), officer, f.stationAScope);
        hazards.asOf(now.minus(Duration.ofDays(6))).create(new HazardData(f.t.gridA1, null, null, null,
                HazardCategory.BUILDING, HazardSeverity.MAJOR, "外墙瓷砖松动有坠落危险 " + f.t.suffix,
                HazardFoundBy.VISIT, now.minus(Duration.ofDays(6)), "幸福小区物业", null, null, null), List.of(),
                officer, f.stationAScope);
        long notified = hazards.create(new HazardData(f.t.gridA2, null, null, null, HazardCategory.CROWD,
                HazardSeverity.LOW, "周末客流高峰无人疏导 " + f.t.suffix, HazardFoundBy.INSPECTION,
                now.minus(Duration.ofHours(3)), "乐购超市", "钱店长", "13712345678", null), List.of(), officer,
                f.stationAScope);
        hazards.notifyResponsible(notified, directory.view(notified, f.stationAScope).version(),
                hazards.today().plusDays(10), "高峰时段增派安保人员", officer, f.stationAScope);
    }

    /** A screenshot of the whole page: the window is made as tall as the page for it. */
    private void fullScreenshot(String name) {
        org.openqa.selenium.Dimension size = driver.manage().window().getSize();
        Number height = (Number) ((ChromeDriver) driver).executeScript(
                "return document.documentElement.scrollHeight;");
        size(new org.openqa.selenium.Dimension(size.getWidth(), Math.min(6000, height.intValue() + 140)));
        screenshot(name);
        size(size);
    }
}
