package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.place.PlaceKind;
import org.gridwatch.place.PlaceManagement;
import org.gridwatch.place.PlaceView;
import org.gridwatch.visit.VisitCategory;
import org.gridwatch.visit.VisitData;
import org.gridwatch.visit.VisitFixtures;
import org.gridwatch.visit.VisitKind;
import org.gridwatch.visit.VisitManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The most used form: an officer logs a household visit with a photo on a phone, in one form, and lands on the
 * visit with its thumbnail. Counts the taps it takes.
 */
class VisitJourneyTests extends AbstractJourneyTests {

    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PeopleManagement people;
    @Autowired PlaceManagement places;
    @Autowired DutyManagement duty;
    @Autowired VisitManagement visits;

    private int taps;

    private void tap(String css) {
        taps++;
        click(css);
    }

    private void waitFor(java.util.function.Predicate<ChromeDriver> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.test((ChromeDriver) d));
    }

    /** Read in the page itself: the picker's options are replaced while the test waits. */
    private static String placeValue(ChromeDriver d) {
        return String.valueOf(d.executeScript("return document.getElementById('placeId').value;"));
    }

    static Path photo() throws IOException {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(90, 130, 180));
        g.fillRect(0, 0, 640, 480);
        g.setColor(new Color(200, 160, 90));
        g.fillRect(200, 180, 240, 300);
        g.dispose();
        Path file = Files.createTempFile("household-door", ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    @Test
    void anOfficerLogsAHouseholdVisitWithAPhotoAtPhoneWidthAndLandsOnItsDetail() throws IOException {
        VisitFixtures.World w = new VisitFixtures(jdbc, accounts, users, people, places, duty).world(LocalDate.now());
        PlaceView neighbour = w.place(PlaceKind.HOUSEHOLD, "甲一邻居户", w.t.gridA1, 30);
        visits.create(new VisitData(VisitKind.ENTERPRISE, w.t.gridA1, w.enterpriseA1.id(),
                java.time.Instant.now().minus(Duration.ofDays(3)), List.of(w.officerAPerson), VisitCategory.RISK,
                "仓库消防通道堆放货物，已当场提醒整改", true, LocalDate.now().plusDays(4), null, null, null, null),
                List.of(), AreaScope.everything(), w.recorderA());
        Path picture = photo();

        size(PHONE);
        signIn(w.officerA.getUsername(), "test-password-1");
        taps = 0;
        tap("#logWork");
        tap("#log-visit");
        assertThat(driver.getCurrentUrl()).endsWith("/visits/new");
        assertThat(scrollsSideways()).isFalse();
        screenshot("visit-form-phone-zh");
        // defaults: household, the officer's grid, now, the officer himself, no follow-up
        assertThat(find("#kind1").isSelected()).isTrue();
        assertThat(new Select(find("#gridId")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(String.valueOf(w.t.gridA1));
        assertThat(find("input[name='personIds'][value='" + w.officerAPerson + "']").isSelected()).isTrue();

        // the place picker follows the kind: enterprises of the grid, then back to households
        click("label[for='kind2']");
        waitFor(d -> String.valueOf(w.enterpriseA1.id()).equals(placeValue(d)));
        assertThat(new Select(find("#placeId")).getFirstSelectedOption().getText()).isEqualTo(w.enterpriseA1.name());
        click("label[for='kind1']");
        waitFor(d -> Long.valueOf(3).equals(d.executeScript("return document.getElementById('placeId').options.length;")));

        taps += 2; // open the place picker, choose the household
        new Select(find("#placeId")).selectByVisibleText(w.householdA1.name());
        tap("label[for='category1']");
        tap("#learned");
        find("#learned").sendKeys("老人反映楼道灯坏了，已联系物业");
        taps += 2; // open the photo picker, take or choose the picture
        find("#photos").sendKeys(picture.toAbsolutePath().toString());
        assertThat(scrollsSideways()).isFalse();
        screenshot("visit-form-filled-phone-zh");
        tap("#save");

        assertThat(driver.getCurrentUrl()).matches(".*/visits/\\d+$");
        assertThat(text("#visitTitle")).isEqualTo(w.householdA1.name());
        assertThat(text(".alert-success")).isEqualTo("走访已记录。");
        assertThat(text("#learned")).isEqualTo("老人反映楼道灯坏了，已联系物业");
        waitFor(d -> Boolean.TRUE.equals(d.executeScript(
                "var i = document.querySelector('.gw-thumb'); return i != null && i.complete && i.naturalWidth > 0;")));
        assertThat(scrollsSideways()).isFalse();
        screenshot("visit-detail-phone-zh");
        ((ChromeDriver) driver).executeScript("window.scrollTo({top: document.body.scrollHeight, behavior: 'instant'});");
        assertThat(find("#openDispute").getAttribute("href")).contains("/disputes/new?origin=VISIT-");
        screenshot("visit-detail-bottom-phone-zh");
        assertThat(taps).as("taps from any page to the saved visit").isLessThanOrEqualTo(9);
        System.out.println("VISIT-TAPS: " + taps + " taps, 1 typed field (what was learned)");
        String detailUrl = driver.getCurrentUrl();

        // the new visit heads its grid's timeline
        open("/grids/" + w.t.gridA1 + "/timeline");
        assertThat(find(".gw-timeline-entry a").getAttribute("href")).isEqualTo(detailUrl);
        assertThat(text(".gw-timeline-entry")).contains("老人反映楼道灯坏了");
        assertThat(scrollsSideways()).isFalse();
        screenshot("visit-grid-timeline-phone-zh");

        open("/visits");
        assertThat(text("#visitTable tbody")).contains(w.householdA1.name()).contains(w.enterpriseA1.name());
        assertThat(scrollsSideways()).isFalse();
        screenshot("visit-list-phone-zh");
        open("/visits/due");
        assertThat(text("main")).contains(neighbour.name()).doesNotContain(w.householdA1.name());
        assertThat(scrollsSideways()).isFalse();
        screenshot("visit-due-phone-zh");

        for (String lang : new String[] {"en", "zh_CN"}) {
            String suffix = lang.equals("en") ? "en" : "zh";
            size(PHONE);
            driver.get(detailUrl + "?lang=" + lang);
            assertThat(scrollsSideways()).isFalse();
            if (lang.equals("en")) {
                screenshot("visit-detail-phone-en");
                open("/visits/new");
                assertThat(scrollsSideways()).isFalse();
                screenshot("visit-form-phone-en");
                open("/visits");
                assertThat(scrollsSideways()).isFalse();
                screenshot("visit-list-phone-en");
                open("/visits/due");
                assertThat(scrollsSideways()).isFalse();
                screenshot("visit-due-phone-en");
            }
            size(DESKTOP);
            driver.get(detailUrl);
            screenshot("visit-detail-desktop-" + suffix);
            open("/visits");
            screenshot("visit-list-desktop-" + suffix);
            open("/visits/new");
            screenshot("visit-form-desktop-" + suffix);
            open("/visits/due");
            screenshot("visit-due-desktop-" + suffix);
        }
        assertThat(driver.findElements(By.cssSelector("#duePanel, .gw-due-grid"))).isNotEmpty();

        // a draft kept on the phone (an enterprise visit) comes back with its place, once that kind's places load
        size(PHONE);
        open("/visits/new");
        ((ChromeDriver) driver).executeScript("localStorage.setItem('gridwatch-draft:visit', JSON.stringify({savedAt: new Date()"
                + ".toISOString(), fields: [['kind', 'ENTERPRISE'], ['gridId', arguments[0]], ['placeId', arguments[1]],"
                + " ['category', 'RISK'], ['learned', '草稿：仓库堆放货物'], ['personIds', arguments[2]],"
                + " ['submissionKey', 'c2b7a9e4-1111-4222-8333-944455556666']]}));",
                String.valueOf(w.t.gridA1), String.valueOf(w.enterpriseA1.id()), String.valueOf(w.officerAPerson));
        open("/visits/new");
        waitUntilVisible("[data-draft-restore]");
        screenshot("visit-form-draft-phone-zh");
        click("[data-draft-restore]");
        waitFor(d -> String.valueOf(w.enterpriseA1.id()).equals(placeValue(d)));
        assertThat(find("#kind2").isSelected()).isTrue();
        assertThat(find("#learned").getAttribute("value")).isEqualTo("草稿：仓库堆放货物");
        assertThat(find("input[name='submissionKey']").getAttribute("value"))
                .isEqualTo("c2b7a9e4-1111-4222-8333-944455556666");
    }
}
