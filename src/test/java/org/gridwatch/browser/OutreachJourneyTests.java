package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridwatch.duty.DutyManagement;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.outreach.OutreachFixture;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.place.PartnerManagement;
import org.gridwatch.place.PlaceManagement;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An officer on a phone logs a legal consultation and a publicity event from the 记一笔 entry point, finds them in
 * the lists, and an officer of another station cannot open them. Screenshots in Chinese and English, phone and
 * desktop.
 */
class OutreachJourneyTests extends AbstractJourneyTests {

    static final String PASSWORD = "test-password-1";

    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PeopleManagement people;
    @Autowired DutyManagement duty;
    @Autowired PlaceManagement places;
    @Autowired PartnerManagement partners;

    @Test
    void anOfficerLogsAConsultationAndAPublicityEventAtPhoneWidth() {
        OutreachFixture f = new OutreachFixture(jdbc, accounts, users, people, duty, places, partners);
        String question = "房东不退押金怎么办？" + f.t.suffix;
        String title = "反诈宣传进校园 " + f.t.suffix;
        size(PHONE);
        signIn(f.officerUserA.getUsername(), PASSWORD);

        // 记一笔 → 法律咨询: the channel, the question and the answer; grid, time, people and answerer are preset
        click("#logWork");
        click("#log-consultation");
        assertThat(new Select(find("#gridId")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("" + f.t.gridA1);
        assertThat(scrollsSideways()).isFalse();
        screenshot("outreach-consultation-form-phone-zh");
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'end', behavior: 'instant'});", find("#save"));
        screenshot("outreach-consultation-form-bottom-phone-zh");
        click("input[name='channel'][value='PHONE'] + label");
        type("#question", question);
        type("#answer", "先协商；协商不成可申请人民调解或起诉。");
        click("#save");
        assertThat(text(".alert-success")).isEqualTo("法律咨询已登记。");
        assertThat(text("#question")).isEqualTo(question);
        assertThat(text("#channel")).isEqualTo("电话");
        assertThat(text("#answeredBy")).isEqualTo("甲民警" + f.t.suffix);
        assertThat(text("#people")).isEqualTo("甲民警" + f.t.suffix);
        assertThat(scrollsSideways()).isFalse();
        screenshot("outreach-consultation-detail-phone-zh");
        String consultationUrl = driver.getCurrentUrl();

        // 记一笔 → 宣传活动 at the grid's school
        click("#logWork");
        click("#log-publicity");
        click("input[name='topic'][value='ANTI_FRAUD'] + label");
        type("#title", title);
        type("#audienceSize", "260");
        // the place picker follows the grid: grid 2 has no places, grid 1 has the school
        new Select(find("#gridId")).selectByValue("" + f.t.gridA2);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> new Select(find("#placeId")).getOptions().size() == 1);
        new Select(find("#gridId")).selectByValue("" + f.t.gridA1);
        wait.until(d -> new Select(find("#placeId")).getOptions().size() == 2);
        new Select(find("#placeId")).selectByValue("" + f.schoolA1);
        assertThat(scrollsSideways()).isFalse();
        screenshot("outreach-publicity-form-phone-zh");
        click("#save");
        assertThat(text(".alert-success")).isEqualTo("宣传活动已登记。");
        assertThat(text("#recordTitle")).isEqualTo(title);
        assertThat(text("#topic")).isEqualTo("反诈宣传");
        assertThat(text("#place")).isEqualTo("甲小学" + f.t.suffix);
        assertThat(text("#audienceSize")).isEqualTo("260");
        assertThat(scrollsSideways()).isFalse();
        screenshot("outreach-publicity-detail-phone-zh");
        String publicityUrl = driver.getCurrentUrl();

        open("/consultations?area=" + f.t.communityA);
        assertThat(text("#records tbody")).contains(question);
        assertThat(scrollsSideways()).isFalse();
        screenshot("outreach-consultation-list-phone-zh");
        click("#filters-toggle");
        screenshot("outreach-consultation-filters-phone-zh");
        open("/publicity?area=" + f.t.communityA);
        assertThat(text("#records tbody")).contains(title);
        assertThat(scrollsSideways()).isFalse();
        screenshot("outreach-publicity-list-phone-zh");
        open("/drills/new");
        assertThat(scrollsSideways()).isFalse();
        screenshot("outreach-drill-form-phone-zh");

        // English, phone
        open("/consultations?lang=en&area=" + f.t.communityA);
        assertThat(text("h1")).isEqualTo("Legal consultations");
        assertThat(scrollsSideways()).isFalse();
        screenshot("outreach-consultation-list-phone-en");
        driver.get(consultationUrl);
        assertThat(text("#channel")).isEqualTo("Phone");
        assertThat(scrollsSideways()).isFalse();
        screenshot("outreach-consultation-detail-phone-en");
        open("/consultations/new");
        assertThat(scrollsSideways()).isFalse();
        screenshot("outreach-consultation-form-phone-en");
        open("/publicity/new");
        assertThat(scrollsSideways()).isFalse();
        screenshot("outreach-publicity-form-phone-en");
        driver.get(publicityUrl);
        assertThat(scrollsSideways()).isFalse();
        screenshot("outreach-publicity-detail-phone-en");

        // desktop, both languages
        size(DESKTOP);
        for (String lang : new String[] {"en", "zh_CN"}) {
            String suffix = lang.equals("en") ? "en" : "zh";
            open("/publicity?lang=" + lang + "&area=" + f.t.communityA);
            screenshot("outreach-publicity-list-desktop-" + suffix);
            open("/consultations?area=" + f.t.communityA);
            screenshot("outreach-consultation-list-desktop-" + suffix);
            driver.get(consultationUrl);
            screenshot("outreach-consultation-detail-desktop-" + suffix);
            open("/publicity/new");
            screenshot("outreach-publicity-form-desktop-" + suffix);
            open("/drills/new");
            screenshot("outreach-drill-form-desktop-" + suffix);
        }

        // a draft kept on the phone is offered back on the next visit of the form
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('gridwatch-draft:consultation', "
                + "JSON.stringify({savedAt: new Date().toISOString(), fields: [['question', '草稿里的问题'], "
                + "['submissionKey', '00000000-0000-0000-0000-000000000001']]}));");
        open("/consultations/new");
        waitUntilVisible("[data-draft-banner]");
        click("[data-draft-restore]");
        assertThat(find("#question").getAttribute("value")).isEqualTo("草稿里的问题");
        ((JavascriptExecutor) driver).executeScript("localStorage.clear();");

        // an officer of another station: not found
        signOut();
        signIn(f.supervisorB.getUsername(), PASSWORD);
        driver.get(consultationUrl);
        assertThat(text("h1")).isEqualTo("未找到");
        driver.get(publicityUrl);
        assertThat(text("h1")).isEqualTo("未找到");
    }
}
