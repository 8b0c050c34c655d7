package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.gridwatch.TestClock;
import org.gridwatch.dispute.DisputeDirectory;
import org.gridwatch.dispute.DisputeFixtures;
import org.gridwatch.dispute.DisputeManagement;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.duty.DutyFixtures;
import org.gridwatch.identity.AccountManagement;
import org.junit.jupiter.api.AfterEach;
import org.gridwatch.fieldwork.Origin;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.fieldwork.TimelineFixture;
import org.junit.jupiter.api.Test;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An officer opens a dispute from a visit, adds a lawyer to the team, records a mediation session, resolves it with an
 * agreement and prints the agreement; the lawyer signs in and sees only that dispute; a supervisor sees it overdue
 * once the clock has passed its call-back deadline by more than the grace. At phone width, in Chinese and English.
 */
class DisputeJourneyTests extends AbstractJourneyTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    DutyManagement duty;
    @Autowired
    DisputeDirectory directory;
    @Autowired
    DisputeManagement disputes;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fromAVisitToAPrintedAgreementSeenByTheLawyerAloneAndOverdueForTheSupervisor() {
        clock.reset();
        DisputeFixtures f = new DisputeFixtures(jdbc, accounts, users, duty, directory, disputes);
        long otherDispute = f.report();
        String suffix = f.territory.suffix();

        // the visit the dispute was heard on, as the visit module's save puts it on the grid's timeline
        Origin visit = TimelineFixture.recordIn(jdbc, RecordKind.VISIT, f.grid, null);
        size(PHONE);
        signIn(f.officerUser.getUsername(), DutyFixtures.PASSWORD);
        open("/disputes/new?origin=" + visit.text() + "&gridId=" + f.grid + "&text=%E6%A5%BC%E4%B8%8A%E6%BC%8F%E6%B0%B4"
                + "%E5%AF%BC%E8%87%B4%E6%A5%BC%E4%B8%8B%E5%A2%99%E9%9D%A2%E5%8F%97%E6%8D%9F&lang=zh_CN");
        assertThat(text("#originNote")).contains("走访 #" + visit.recordId());
        assertThat(find("#description").getAttribute("value")).isEqualTo("楼上漏水导致楼下墙面受损");
        type("input[name='parties[0].name']", "刘桂兰" + suffix);
        type("input[name='parties[0].phone']", "13912345678");
        type("input[name='parties[0].idNumber']", DisputeFixtures.ID_NUMBER);
        type("input[name='parties[1].name']", "陈国华" + suffix);
        new Select(find("#category")).selectByValue("NEIGHBOUR");
        new Select(find("#risk")).selectByValue("MEDIUM");
        assertThat(new Select(find("#source")).getFirstSelectedOption().getAttribute("value")).isEqualTo("VISIT");
        click("#addParty");
        assertThat(driver.findElements(By.cssSelector("[data-party]"))).hasSize(3);
        assertThat(scrollsSideways()).isFalse();
        screenshot("dispute-form-bottom-phone-zh");
        ((JavascriptExecutor) driver).executeScript("window.scrollTo({top: 0, behavior: 'instant'});");
        screenshot("dispute-form-phone-zh");
        clock.reset();
        click("#save");

        assertThat(text(".alert-success")).contains("矛盾纠纷已登记");
        assertThat(text("#state")).isEqualTo("已登记");
        assertThat(text("#originLink")).contains("走访 #" + visit.recordId());
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/disputes/(\\d+).*", "$1"));
        click("#accept");
        assertThat(text("#state")).isEqualTo("已受理");
        new Select(find("#personId")).selectByValue(String.valueOf(f.lawyer));
        click("#addToTeam");
        assertThat(text("#teamList")).contains("赵律师").contains("律师");
        click("#mediate");
        assertThat(text("#state")).isEqualTo("调解中");
        assertThat(scrollsSideways()).isFalse();
        screenshot("dispute-detail-mediating-phone-zh");

        click("#recordSession");
        type("#attendees", "刘桂兰、陈国华、张建国、赵律师");
        type("#summary", "赵律师讲解相邻关系的法律规定，双方同意按维修报价赔偿。");
        assertThat(scrollsSideways()).isFalse();
        screenshot("dispute-session-phone-zh");
        clock.reset();
        click("#save");
        assertThat(text("#sessions")).contains("双方同意按维修报价赔偿");

        click("#resolve");
        type("#agreement", "一、楼上住户于三日内修复防水层并赔偿楼下墙面维修费一千二百元；\n二、双方今后互相体谅，遇事协商解决。");
        clock.reset();
        click("#save");
        assertThat(text("#state")).isEqualTo("调解成功");
        assertThat(text("#agreementText")).contains("一千二百元");
        assertThat(text("#dueAt")).contains("前回访");

        click("#printAgreement");
        assertThat(text("#agreement")).contains("人民调解协议书").contains("刘桂兰" + suffix).contains("陈国华" + suffix)
                .contains("一千二百元").contains("赵律师").contains(DisputeFixtures.ID_NUMBER);
        assertThat(scrollsSideways()).isFalse();
        screenshot("dispute-agreement-phone-zh");
        size(DESKTOP);
        screenshot("dispute-agreement-desktop-zh");
        ((JavascriptExecutor) driver).executeScript("window.scrollTo({top: document.body.scrollHeight, behavior: 'instant'});");
        screenshot("dispute-agreement-signatures-desktop-zh");
        savePrintout("dispute-agreement-print-zh");
        open("/disputes/" + id + "/agreement?lang=en");
        screenshot("dispute-agreement-desktop-en");
        open("/disputes/" + id + "?lang=en");
        screenshot("dispute-detail-desktop-en");
        open("/disputes/" + id + "?lang=zh_CN");
        screenshot("dispute-detail-desktop-zh");
        click("#timeline-tab");
        waitUntilVisible("#steps");
        screenshot("dispute-timeline-desktop-zh");
        size(PHONE);
        open("/disputes/" + id + "?lang=en");
        assertThat(scrollsSideways()).isFalse();
        screenshot("dispute-detail-phone-en");
        open("/disputes/new?lang=en");
        assertThat(scrollsSideways()).isFalse();
        screenshot("dispute-form-phone-en");
        open("/disputes?lang=zh_CN");
        signOut();

        signIn(f.lawyerUser.getUsername(), DutyFixtures.PASSWORD);
        open("/disputes");
        assertThat(text("#disputeCount")).isEqualTo("共 1 条");
        assertThat(driver.findElements(By.cssSelector("tr[data-dispute='" + id + "']"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("tr[data-dispute='" + otherDispute + "']"))).isEmpty();
        assertThat(scrollsSideways()).isFalse();
        screenshot("dispute-list-lawyer-phone-zh");
        open("/disputes/" + otherDispute);
        assertThat(text("h1")).isEqualTo("未找到");
        open("/disputes/" + id);
        assertThat(text(".gw-party-id")).isEqualTo(DisputeFixtures.ID_NUMBER);
        assertThat(driver.findElements(By.cssSelector("#close"))).as("a mediator cannot close").isEmpty();
        signOut();

        clock.set(Instant.now().plus(Duration.ofDays(11)));
        signIn(f.supervisorUser.getUsername(), DutyFixtures.PASSWORD);
        open("/disputes?due=LATE&sort=due&area=" + f.station.station());
        assertThat(text("tr[data-dispute='" + id + "'] .gw-due")).isEqualTo("督办");
        assertThat(scrollsSideways()).isFalse();
        screenshot("dispute-overdue-phone-zh");
        open("/disputes?due=LATE&sort=due&area=" + f.station.station() + "&lang=en");
        assertThat(text("tr[data-dispute='" + id + "'] .gw-due")).isEqualTo("Supervised (red)");
        screenshot("dispute-overdue-phone-en");
        size(DESKTOP);
        screenshot("dispute-overdue-desktop-en");
        open("/disputes?due=LATE&sort=due&area=" + f.station.station() + "&lang=zh_CN");
        screenshot("dispute-overdue-desktop-zh");
        open("/disputes/" + id);
        assertThat(text("#due")).isEqualTo("督办");
        screenshot("dispute-detail-red-desktop-zh");
    }

    /** Prints the page as Chromium would (print CSS, A4) to {@code target/screenshots/<name>.pdf}; look at it. */
    private void savePrintout(String name) {
        Pdf pdf = ((PrintsPage) driver).print(new PrintOptions());
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        assertThat(bytes.length).isGreaterThan(1000);
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".pdf"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
