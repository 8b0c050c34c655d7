package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.patrol.PatrolFixture;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.place.PartnerManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** On a phone: a supervisor sets up a campaign, an officer logs a patrol under it, the campaign page counts it. */
class CampaignJourneyTests extends AbstractJourneyTests {

    static final String PASSWORD = "test-password-1";

    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PeopleManagement people;
    @Autowired DutyManagement duty;
    @Autowired PartnerManagement partners;

    @Test
    void aSupervisorCreatesACampaignAnOfficerLogsAPatrolUnderItAndTheCampaignPageCountsIt() {
        PatrolFixture f = new PatrolFixture(jdbc, accounts, users, people, duty, partners);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String name = "夏季治安打击整治行动" + f.t.suffix;
        size(PHONE);
        signIn(f.supervisorA.getUsername(), PASSWORD);
        open("/campaigns");
        assertThat(scrollsSideways()).isFalse();
        click("#newCampaign");
        type("#name", name);
        setValue("#startsOn", today.minusDays(14).toString());
        setValue("#endsOn", today.plusDays(60).toString());
        click("input[name='areaIds'][value='" + f.t.communityA + "']");
        new Select(find("select[name='targets[0].kind']")).selectByValue("PATROL");
        type("input[name='targets[0].amount']", "1");
        new Select(find("select[name='targets[0].unit']")).selectByValue("PER_GRID_WEEK");
        new Select(find("select[name='targets[1].kind']")).selectByValue("PUBLICITY");
        type("input[name='targets[1].amount']", "5");
        new Select(find("select[name='targets[1].unit']")).selectByValue("TOTAL");
        type("#description", "各网格每周至少巡逻一次。");
        assertThat(scrollsSideways()).isFalse();
        screenshot("campaign-form-phone-zh");
        click("#save");
        assertThat(text(".alert-success")).isEqualTo("专项行动已创建。");
        assertThat(text("#campaignName")).isEqualTo(name);
        String page = driver.getCurrentUrl();
        String id = page.substring(page.lastIndexOf('/') + 1);
        signOut();

        signIn(f.officerAccountA.getUsername(), PASSWORD);
        open("/patrols/new");
        click(".gw-patrol-more summary");
        new Select(find("#campaignId")).selectByValue(id);
        type("#notes", "专项行动夜间巡逻。");
        screenshot("campaign-patrol-form-phone-zh");
        click("#save");
        assertThat(text(".alert-success")).isEqualTo("巡逻已记录。");
        signOut();

        signIn(f.supervisorA.getUsername(), PASSWORD);
        driver.get(page);
        // the statistics count the patrol after its transaction: reload until they have
        for (int i = 0; i < 40 && !"1".equals(text("#targets [data-actual]")); i++) {
            sleep();
            driver.get(page);
        }
        assertThat(text("#targets [data-actual]")).isEqualTo("1");
        assertThat(text("#byArea")).contains("甲二网格").contains("1 / 10");
        assertThat(text("#behind")).contains("甲一网格");
        assertThat(scrollsSideways()).isFalse();
        screenshot("campaign-detail-phone-zh");
        scrollTo("#byArea");
        screenshot("campaign-detail-areas-phone-zh");
        scrollTo("#report");
        screenshot("campaign-detail-report-phone-zh");
        driver.get(page + "?lang=en");
        assertThat(scrollsSideways()).isFalse();
        screenshot("campaign-detail-phone-en");
        open("/campaigns");
        screenshot("campaign-list-phone-en");
        open("/campaigns/new");
        assertThat(scrollsSideways()).isFalse();
        screenshot("campaign-form-phone-en");

        size(DESKTOP);
        driver.get(page + "?lang=zh_CN");
        screenshot("campaign-detail-desktop-zh");
        open("/campaigns");
        screenshot("campaign-list-desktop-zh");
        driver.get(page + "?lang=en");
        screenshot("campaign-detail-desktop-en");
    }

    private void setValue(String css, String value) {
        ((ChromeDriver) driver).executeScript("arguments[0].value = arguments[1];", find(css), value);
    }

    private void scrollTo(String css) {
        ((ChromeDriver) driver).executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
                find(css));
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
