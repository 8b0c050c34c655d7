package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridwatch.duty.DutyManagement;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.patrol.PatrolFixture;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.place.PartnerManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An officer logs a joint patrol with a partner team on a phone, sees it, and another station cannot open it. */
class PatrolJourneyTests extends AbstractJourneyTests {

    /** The password TestTerritory gives its accounts. */
    static final String PASSWORD = "test-password-1";

    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PeopleManagement people;
    @Autowired DutyManagement duty;
    @Autowired PartnerManagement partners;

    @Test
    void anOfficerLogsAJointPatrolWithAPartnerTeamOnAPhoneAndAnotherStationCannotOpenIt() {
        PatrolFixture f = new PatrolFixture(jdbc, accounts, users, people, duty, partners);
        size(PHONE);
        signIn(f.officerAccountA.getUsername(), PASSWORD);

        open("/log");
        click("#log-patrol");
        assertThat(find("#partners").isDisplayed()).as("partner teams only for a joint patrol").isFalse();
        assertThat(find("input[name='personIds'][value='" + f.officerA + "']").isSelected()).isTrue();
        assertThat(find("#gridId").getAttribute("value")).isEqualTo(String.valueOf(f.t.gridA2));
        assertThat(scrollsSideways()).isFalse();
        screenshot("patrol-form-phone-zh");

        click("input[name='kind'][value='JOINT'] + label");
        assertThat(find("#partners").isDisplayed()).isTrue();
        click("input[name='partnerMembers'][value='" + f.teamA.id() + ":周队员']");
        assertThat(find("input[name='partnerTeamIds'][value='" + f.teamA.id() + "']").isSelected())
                .as("ticking a member ticks the team").isTrue();
        type("input[name='findings[0].text']", "商场地下车库消防通道被占用");
        type("#notes", "与摩天活力城安保巡防队联合巡查商场周边。");
        assertThat(scrollsSideways()).isFalse();
        scrollTo("#partners");
        screenshot("patrol-form-joint-phone-zh");
        click("#save");

        assertThat(text(".alert-success")).isEqualTo("巡逻已记录。");
        assertThat(text("#patrolTitle")).contains("联合巡查");
        assertThat(text("#patrolPartners")).contains("安保巡防队").contains("周队员").doesNotContain("吴队员");
        assertThat(text("#patrolPeople")).contains("甲民警" + f.t.suffix);
        assertThat(text("#patrolFindings")).contains("商场地下车库消防通道被占用").contains("转为隐患");
        assertThat(((ChromeDriver) driver).executeScript("return localStorage.getItem('gridwatch-draft:patrol')"))
                .as("the phone's draft is dropped once the patrol is saved").isNull();
        assertThat(scrollsSideways()).isFalse();
        screenshot("patrol-detail-phone-zh");
        String detail = driver.getCurrentUrl();
        scrollTo("#patrolFindings");
        screenshot("patrol-detail-findings-phone-zh");

        open("/patrols");
        assertThat(text("#patrolTable tbody")).contains("联合巡查");
        assertThat(scrollsSideways()).isFalse();
        screenshot("patrol-list-phone-zh");

        open("/patrols?lang=en");
        assertThat(text("h1")).isEqualTo("Patrols");
        assertThat(scrollsSideways()).isFalse();
        screenshot("patrol-list-phone-en");
        driver.get(detail);
        assertThat(text("#patrolTitle")).contains("Joint");
        assertThat(scrollsSideways()).isFalse();
        screenshot("patrol-detail-phone-en");
        open("/patrols/new");
        assertThat(scrollsSideways()).isFalse();
        screenshot("patrol-form-phone-en");

        size(DESKTOP);
        open("/patrols");
        screenshot("patrol-list-desktop-en");
        driver.get(detail);
        screenshot("patrol-detail-desktop-en");
        open("/patrols/new?lang=zh_CN");
        click("input[name='kind'][value='JOINT'] + label");
        screenshot("patrol-form-desktop-zh");
        open("/patrols");
        screenshot("patrol-list-desktop-zh");
        driver.get(detail);
        screenshot("patrol-detail-desktop-zh");

        signOut();
        size(PHONE);
        signIn(f.officerAccountB.getUsername(), PASSWORD);
        driver.get(detail);
        assertThat(text("h1")).isEqualTo("未找到");
        open("/patrols");
        assertThat(driver.findElements(By.cssSelector("a[href$='" + detail.substring(detail.indexOf("/patrols/"))
                + "']"))).isEmpty();
    }

    private void scrollTo(String css) {
        ((ChromeDriver) driver).executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
                find(css));
    }
}
