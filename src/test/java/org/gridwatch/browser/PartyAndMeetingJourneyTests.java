package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.gridwatch.TestClock;
import org.gridwatch.TestTerritory;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.partybuilding.PartyFixtures;
import org.gridwatch.people.PersonKind;
import org.gridwatch.place.PartnerData;
import org.gridwatch.place.PartnerKind;
import org.gridwatch.place.PartnerManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Party building and joint mechanisms as their users meet them, at phone width: a supervisor records a joint meeting
 * with two action items for an officer; the officer closes one; the other turns overdue when the clock passes its
 * day and shows in the overdue list. A station's branch and a community's branch sign a joint building agreement and
 * record an activity; a party-member officer is designated pioneer of a grid and shows on its duty card.
 */
class PartyAndMeetingJourneyTests extends AbstractJourneyTests {

    /** 10:00 in Changchun, 2026-08-14. */
    static final Instant MORNING = Instant.parse("2026-08-14T02:00:00Z");
    static final String PASSWORD = "test-password-1";

    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PartnerManagement partners;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Date inputs are filled as a script would: their typed format depends on the browser's locale. */
    private void date(String css, String isoDate) {
        WebElement input = find(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }

    private void choose(String css, String value) {
        new Select(find(css)).selectByValue(value);
    }

    private void check(String name, long value) {
        click("input[name='" + name + "'][value='" + value + "']");
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Test
    void aSupervisorRecordsAMeetingTheOfficerClosesOneItemAndTheOtherTurnsOverdue() {
        clock.set(MORNING);
        TestTerritory t = TestTerritory.create(jdbc);
        SignedInUser supervisor = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        SignedInUser officer = TestTerritory.user(accounts, users, t.communityA, Role.OFFICER);
        long officerPerson = PartyFixtures.person(jdbc, PersonKind.OFFICER, "林民警" + t.suffix, t.communityA);
        PartyFixtures.link(jdbc, officerPerson, officer);
        long hospital = partners.create(new PartnerData("联谊医院" + t.suffix, PartnerKind.HOSPITAL, null, null,
                t.stationA, java.util.Set.of(t.gridA1)), org.gridwatch.area.AreaScope.everything()).id();

        size(PHONE);
        signIn(supervisor.getUsername(), PASSWORD);
        open("/meetings/new");
        choose("#kind", "JOINT_MEETING");
        type("#title", "甲派出所警地联席会议" + t.suffix);
        assertThat(find("#heldOn").getAttribute("value")).isEqualTo("2026-08-14");
        choose("#areaId", String.valueOf(t.stationA));
        check("personIds", officerPerson);
        check("partnerUnitIds", hospital);
        type("#decisions", "一、加强夜间联合巡逻。\n二、开展反诈宣传进楼院。");
        type("input[name='items[0].text']", "楼院反诈宣传全覆盖");
        choose("select[name='items[0].owner']", "person-" + officerPerson);
        date("input[name='items[0].dueOn']", "2026-08-20");
        type("input[name='items[1].text']", "独居老人走访台账");
        choose("select[name='items[1].owner']", "person-" + officerPerson);
        date("input[name='items[1].dueOn']", "2026-08-25");
        assertThat(scrollsSideways()).isFalse();
        screenshot("meeting-form-phone-zh");
        click("#save");
        assertThat(text("#meetingTitle")).isEqualTo("甲派出所警地联席会议" + t.suffix);
        assertThat(texts("#items .gw-action-text")).containsExactly("楼院反诈宣传全覆盖", "独居老人走访台账");
        assertThat(texts("#items .gw-action-state")).containsExactly("办理中", "办理中");
        assertThat(scrollsSideways()).isFalse();
        screenshot("meeting-detail-phone-zh");
        String meetingUrl = driver.getCurrentUrl();
        signOut();

        signIn(officer.getUsername(), PASSWORD);
        // the owner's home page lists both items, each with its close link
        open("/");
        assertThat(texts("#myActionItems .gw-action-text")).containsExactly("楼院反诈宣传全覆盖", "独居老人走访台账");
        screenshot("meeting-home-items-phone-zh");
        open("/meetings/actions?mine=true");
        assertThat(texts("#itemTable .gw-action-text")).containsExactly("楼院反诈宣传全覆盖", "独居老人走访台账");
        screenshot("meeting-mine-phone-zh");
        open("/");
        click("#myActionItems li:first-child .gw-close-link");
        assertThat(text("#closeTarget")).contains("楼院反诈宣传全覆盖");
        click("#closeItem");
        assertThat(text("#note-error")).isEqualTo("此项为必填项。");
        type("#note", "8月19日已完成全部 12 个楼院宣传。");
        screenshot("meeting-close-phone-zh");
        click("#closeItem");
        assertThat(text(".alert-success")).contains("任务事项已办结");
        assertThat(texts("#itemTable .gw-action-state")).containsExactly("办理中", "已办结");

        clock.advance(Duration.ofDays(12));
        open("/meetings/actions?mine=true");
        assertThat(texts("#itemTable .gw-action-state")).containsExactly("已超期", "已办结");
        screenshot("meeting-mine-overdue-phone-zh");
        signOut();

        signIn(supervisor.getUsername(), PASSWORD);
        // the supervisor's overdue list holds the item under the overdue cases
        open("/cases/overdue");
        assertThat(text("#overdueActionItems")).contains("独居老人走访台账").doesNotContain("楼院反诈宣传全覆盖");
        screenshot("cases-overdue-items-phone-zh");
        open("/meetings/actions?overdue=true");
        assertThat(texts("#itemTable .gw-action-text")).containsExactly("独居老人走访台账");
        assertThat(texts("#itemTable .gw-action-state")).containsExactly("已超期");
        assertThat(scrollsSideways()).isFalse();
        screenshot("meeting-overdue-phone-zh");
        open("/meetings/actions?overdue=true&lang=en");
        assertThat(text("#actionsTitle")).isEqualTo("Overdue action items");
        assertThat(texts("#itemTable .gw-action-state")).containsExactly("Overdue");
        screenshot("meeting-overdue-phone-en");
        driver.get(meetingUrl);
        assertThat(scrollsSideways()).isFalse();
        screenshot("meeting-detail-phone-en");
        open("/meetings/new");
        assertThat(scrollsSideways()).isFalse();
        screenshot("meeting-form-phone-en");
        open("/meetings");
        assertThat(scrollsSideways()).isFalse();
        screenshot("meeting-list-phone-en");

        size(DESKTOP);
        open("/meetings?lang=zh_CN");
        assertThat(text("#meetingTable")).contains("甲派出所警地联席会议" + t.suffix);
        screenshot("meeting-list-desktop-zh");
        driver.get(meetingUrl);
        screenshot("meeting-detail-desktop-zh");
        open("/meetings/actions?overdue=true");
        screenshot("meeting-overdue-desktop-zh");
        open("/meetings/new");
        screenshot("meeting-form-desktop-zh");
        open("/meetings/actions?overdue=true&lang=en");
        screenshot("meeting-overdue-desktop-en");
        driver.get(meetingUrl);
        screenshot("meeting-detail-desktop-en");
        open("/meetings?lang=zh_CN");
    }

    @Test
    void aStationBranchAndACommunityBranchSignAnAgreementAndRecordAnActivity() throws Exception {
        clock.set(MORNING);
        TestTerritory t = TestTerritory.create(jdbc);
        SignedInUser supervisor = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        long chief = PartyFixtures.person(jdbc, PersonKind.OFFICER, "王所长" + t.suffix, t.stationA);
        long officer = PartyFixtures.person(jdbc, PersonKind.OFFICER, "林民警" + t.suffix, t.communityA);
        long gridWorker = PartyFixtures.person(jdbc, PersonKind.GRID_WORKER, "赵网格员" + t.suffix, t.communityA);
        long auxiliary = PartyFixtures.person(jdbc, PersonKind.AUXILIARY, "钱辅警" + t.suffix, t.communityA);

        size(PHONE);
        signIn(supervisor.getUsername(), PASSWORD);
        open("/party/branches/new");
        type("#name", "甲派出所党支部" + t.suffix);
        choose("#areaId", String.valueOf(t.stationA));
        choose("#secretaryId", String.valueOf(chief));
        check("memberIds", officer);
        assertThat(scrollsSideways()).isFalse();
        screenshot("party-branch-form-phone-zh");
        click("#save");
        assertThat(text("#branchName")).isEqualTo("甲派出所党支部" + t.suffix);
        assertThat(text("#members")).contains("王所长" + t.suffix).contains("林民警" + t.suffix);
        String stationBranch = driver.getCurrentUrl();

        open("/party/branches/new");
        type("#name", "甲社区党支部" + t.suffix);
        choose("#areaId", String.valueOf(t.communityA));
        check("memberIds", officer);
        check("memberIds", gridWorker);
        click("#save");
        assertThat(text("#memberIds + .invalid-feedback, fieldset .invalid-feedback")).contains("已是其他党支部的党员");
        screenshot("party-branch-form-error-phone-zh");
        check("memberIds", officer);
        click("#save");
        assertThat(text("#branchName")).isEqualTo("甲社区党支部" + t.suffix);
        long communityBranch = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", "").replaceAll("[^0-9].*", ""));

        driver.get(stationBranch);
        click("#newAgreement");
        type("#title", "甲所—甲社区警社结对共建协议" + t.suffix);
        check("branchIds", communityBranch);
        date("#signedOn", "2026-08-14");
        date("#validFrom", "2026-08-15");
        date("#validTo", "2027-08-14");
        type("#goals", "民警进社区党委兼职\n每月联合开展一次主题党日\n共同开展反诈宣传");
        assertThat(scrollsSideways()).isFalse();
        screenshot("party-agreement-form-phone-zh");
        click("#save");
        assertThat(text("#agreementTitle")).isEqualTo("甲所—甲社区警社结对共建协议" + t.suffix);
        assertThat(text("#agreementStatus")).contains("共建中");
        assertThat(texts("#goals li")).containsExactly("民警进社区党委兼职", "每月联合开展一次主题党日", "共同开展反诈宣传");
        String agreementUrl = driver.getCurrentUrl();

        click("#newActivity");
        assertThat(new Select(find("#agreementId")).getFirstSelectedOption().getText())
                .isEqualTo("甲所—甲社区警社结对共建协议" + t.suffix);
        assertThat(find("#heldOn").getAttribute("value")).isEqualTo("2026-08-14");
        type("#title", "警社联合反诈宣传进楼院");
        check("personIds", officer);
        type("#participantCount", "26");
        type("#summary", "两个支部党员共同入户宣传，发放资料 300 份。");
        Path photo = Files.createTempFile("activity", ".png");
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(183, 28, 28));
        g.fillRect(0, 0, 320, 200);
        g.dispose();
        ImageIO.write(image, "png", photo.toFile());
        find("#photos").sendKeys(photo.toAbsolutePath().toString());
        assertThat(scrollsSideways()).isFalse();
        screenshot("party-activity-form-phone-zh");
        click("#save");
        assertThat(text("#activityTitle")).isEqualTo("警社联合反诈宣传进楼院");
        assertThat(text("#activityBranches")).contains("甲派出所党支部" + t.suffix).contains("甲社区党支部" + t.suffix);
        assertThat(text("#activityAgreement")).isEqualTo("甲所—甲社区警社结对共建协议" + t.suffix);
        assertThat(text("#participantCount")).isEqualTo("26");
        assertThat(driver.findElements(By.cssSelector(".gw-thumb"))).hasSize(1);
        screenshot("party-activity-detail-phone-zh");

        driver.get(agreementUrl);
        assertThat(text("#activityCount")).isEqualTo("1");
        screenshot("party-agreement-detail-phone-zh");
        open("/party/branches?area=" + t.stationA + "&from=2026-08-01&to=2026-08-31");
        assertThat(text("#activityCounts")).contains("共开展活动 1 次").contains("参与 26 人次");
        assertThat(scrollsSideways()).isFalse();
        screenshot("party-branch-list-phone-zh");

        // a party-member officer as pioneer of a grid, shown on the grid's duty card
        open("/party/pioneers/new?grid=" + t.gridA1);
        choose("#personId", String.valueOf(auxiliary));
        type("#duty", "护学岗");
        click("#save");
        assertThat(text("#personId-error")).contains("不是任何党支部的党员");
        screenshot("party-pioneer-form-error-phone-zh");
        choose("#personId", String.valueOf(officer));
        click("#save");
        assertThat(text("#pioneers")).contains("林民警" + t.suffix).contains("护学岗");
        open("/duty/grids/" + t.gridA1);
        waitUntilVisible(".gw-pioneers");
        assertThat(text(".gw-pioneers")).contains("党员先锋岗").contains("林民警" + t.suffix).contains("护学岗");
        assertThat(scrollsSideways()).isFalse();
        screenshot("party-pioneer-duty-card-phone-zh");

        open("/party/branches?lang=en&area=" + t.stationA + "&from=2026-08-01&to=2026-08-31");
        assertThat(text("h1")).isEqualTo("Party branches");
        assertThat(scrollsSideways()).isFalse();
        screenshot("party-branch-list-phone-en");
        driver.get(stationBranch);
        assertThat(scrollsSideways()).isFalse();
        screenshot("party-branch-detail-phone-en");
        driver.get(agreementUrl);
        assertThat(scrollsSideways()).isFalse();
        screenshot("party-agreement-detail-phone-en");
        open("/party/activities/new?agreement=" + agreementUrl.replaceAll(".*/", ""));
        assertThat(scrollsSideways()).isFalse();
        screenshot("party-activity-form-phone-en");
        open("/duty/grids/" + t.gridA1);
        waitUntilVisible(".gw-pioneers");
        screenshot("party-pioneer-duty-card-phone-en");

        size(DESKTOP);
        open("/party/branches?lang=zh_CN&area=" + t.stationA + "&from=2026-08-01&to=2026-08-31");
        screenshot("party-branch-list-desktop-zh");
        driver.get(stationBranch);
        screenshot("party-branch-detail-desktop-zh");
        driver.get(agreementUrl);
        screenshot("party-agreement-detail-desktop-zh");
        open("/party/activities");
        screenshot("party-activity-list-desktop-zh");
        open("/party/branches?lang=en&area=" + t.stationA + "&from=2026-08-01&to=2026-08-31");
        screenshot("party-branch-list-desktop-en");
        driver.get(agreementUrl);
        screenshot("party-agreement-detail-desktop-en");
        open("/party/activities?lang=zh_CN");
    }
}
