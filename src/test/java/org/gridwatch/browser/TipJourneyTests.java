package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.duty.DutyRole;
import org.gridwatch.duty.NewAssignment;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * At phone width: an officer logs a telecom-fraud tip from a resident and afterwards sees the resident only masked;
 * a supervisor reveals the source with a reason and finds the reveal in the access log; an officer of another
 * station gets "not found". Then the pages in both languages at both widths, for the screenshots.
 */
class TipJourneyTests extends AbstractJourneyTests {

    static final String PASSWORD = "test-password-1";
    static final String RESIDENT = "张三丰";
    static final String PHONE_NUMBER = "13812345678";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    DutyManagement duty;

    @Test
    void anOfficerLogsAFraudTipAndASupervisorRevealsItsSourceWhichTheAccessLogShows() {
        TestTerritory t = TestTerritory.create(jdbc);
        SignedInUser officer = TestTerritory.user(accounts, users, t.communityA, Role.OFFICER);
        SignedInUser supervisor = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        SignedInUser otherOfficer = TestTerritory.user(accounts, users, t.communityB, Role.OFFICER);
        long person = jdbc.sql("""
                insert into person (kind, name, phone, home_area_id, police_number, post, created_at, updated_at,
                                    account_id)
                values ('OFFICER', ?, '13900001111', ?, ?, '社区民警', now(), now(), ?) returning id
                """).params("李建国", t.communityA, "J" + t.suffix, officer.accountId()).query(Long.class).single();
        duty.assign(new NewAssignment(t.gridA1, person, DutyRole.RESPONSIBLE_OFFICER, LocalDate.now().minusDays(30),
                null, null), AreaScope.everything());
        // Names as people have them: the layout's navigation overflows at 1280 px in English with a long one.
        jdbc.sql("update account set display_name = '李建国' where id = ?").param(officer.accountId()).update();
        jdbc.sql("update account set display_name = '周所长' where id = ?").param(supervisor.accountId()).update();
        String content = "居民反映接到冒充“公检法”的电话，要求把存款转入“安全账户”，已劝阻未转账。" + t.suffix;

        size(PHONE);
        signIn(officer.getUsername(), PASSWORD);
        open("/log");
        click("#log-tip");
        assertThat(new Select(find("#gridId")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(String.valueOf(t.gridA1));
        assertThat(find("input[name='personIds'][value='" + person + "']").isSelected()).isTrue();
        new Select(find("#category")).selectByValue("TELECOM_FRAUD");
        type("#content", content);
        assertThat(new Select(find("#sourceKind")).getFirstSelectedOption().getAttribute("value")).isEqualTo("RESIDENT");
        type("#sourceName", RESIDENT);
        type("#sourceContact", PHONE_NUMBER);
        assertThat(scrollsSideways()).isFalse();
        screenshot("tip-form-phone-zh");
        keepsNoSealedIdentityInTheDraft(content);

        click("#save");
        assertThat(text(".alert-success")).isEqualTo("线索已登记。");
        assertThat(text("#tipStatus")).isEqualTo("已接收");
        assertThat(text("#maskedSource")).isEqualTo("张** · 138****5678");
        assertThat(driver.getPageSource()).doesNotContain(RESIDENT).doesNotContain(PHONE_NUMBER);
        assertThat(driver.findElements(By.id("revealButton"))).isEmpty();
        assertThat(scrollsSideways()).isFalse();
        screenshot("tip-detail-phone-zh");
        String detailPath = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
        long tipId = Long.parseLong(detailPath.substring("/tips/".length()));
        assertThat(((JavascriptExecutor) driver).executeScript(
                "return window.localStorage.getItem('gridwatch-draft:tip');")).isNull();
        signOut();

        signIn(supervisor.getUsername(), PASSWORD);
        open("/tips?category=TELECOM_FRAUD");
        assertThat(text("#tipTable tbody")).contains(t.suffix).doesNotContain(RESIDENT);
        assertThat(scrollsSideways()).isFalse();
        screenshot("tip-list-phone-zh");
        click("#tipTable tr[data-tip='" + tipId + "'] a");
        assertThat(text("#maskedSource")).isEqualTo("张** · 138****5678");
        String reason = "需与举报人当面核实被骗细节 " + t.suffix;
        click("#revealButton");
        assertThat(text("#revealReason-error")).contains("请说明查看理由");
        type("#revealReason", reason);
        click("#revealButton");
        assertThat(text("#revealedName")).isEqualTo(RESIDENT);
        assertThat(text("#revealedContact")).isEqualTo(PHONE_NUMBER);
        assertThat(text("#tipReveals")).contains(reason);
        assertThat(scrollsSideways()).isFalse();
        screenshot("tip-reveal-phone-zh");

        open("/tips/" + tipId);
        assertThat(driver.getPageSource()).doesNotContain(RESIDENT).doesNotContain(PHONE_NUMBER);
        assertThat(text("#tipReveals")).contains(reason).contains("周所长");
        open("/tips/reveals");
        assertThat(text("#revealTable tbody")).contains(reason).contains("线索 #" + tipId)
                .contains("周所长");
        assertThat(scrollsSideways()).isFalse();
        screenshot("tip-reveals-phone-zh");

        verifyAndHandOver(tipId);
        screenshot("tip-handed-over-phone-zh");
        signOut();

        signIn(otherOfficer.getUsername(), PASSWORD);
        open("/tips/" + tipId);
        assertThat(text("h1")).isEqualTo("未找到");
        open("/tips");
        assertThat(driver.getPageSource()).doesNotContain(t.suffix);
        signOut();

        signIn(supervisor.getUsername(), PASSWORD);
        for (String lang : new String[] {"en", "zh_CN"}) {
            String suffix = lang.equals("en") ? "en" : "zh";
            for (Dimension dimension : new Dimension[] {PHONE, DESKTOP}) {
                String width = dimension == PHONE ? "phone" : "desktop";
                size(dimension);
                open("/tips?lang=" + lang);
                assertThat(scrollsSideways()).isFalse();
                if (!(lang.equals("zh_CN") && dimension == PHONE)) {
                    screenshot("tip-list-" + width + "-" + suffix);
                }
                open("/tips/new");
                assertThat(scrollsSideways()).isFalse();
                if (!(lang.equals("zh_CN") && dimension == PHONE)) {
                    screenshot("tip-form-" + width + "-" + suffix);
                }
                open("/tips/" + tipId);
                type("#revealReason", "Screenshot check " + suffix + " " + width);
                click("#revealButton");
                assertThat(text("#revealedName")).isEqualTo(RESIDENT);
                assertThat(scrollsSideways()).isFalse();
                screenshot("tip-reveal-" + width + "-" + suffix);
                open("/tips/reveals");
                assertThat(scrollsSideways()).isFalse();
                screenshot("tip-reveals-" + width + "-" + suffix);
            }
        }
        open("/tips?lang=en");
        assertThat(text("h1")).isEqualTo("Tips");
        open("/tips?lang=zh_CN");
    }

    /**
     * A form sent from no signal stays on the phone as a draft, but without the source's identity: sent and
     * stopped here (as a dropped network would), then restored on the next visit, with the identity left empty.
     */
    private void keepsNoSealedIdentityInTheDraft(String content) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("""
                var form = document.querySelector('form[data-tip-form]');
                form.addEventListener('submit', function (e) { e.preventDefault(); }, {once: true});
                form.requestSubmit();
                """);
        String draft = (String) js.executeScript("return window.localStorage.getItem('gridwatch-draft:tip');");
        assertThat(draft).contains("TELECOM_FRAUD").contains(content.substring(0, 8))
                .doesNotContain(RESIDENT).doesNotContain(PHONE_NUMBER);
        open("/tips/new");
        waitUntilVisible("[data-draft-banner]");
        screenshot("tip-form-draft-phone-zh");
        click("[data-draft-restore]");
        assertThat(find("#content").getAttribute("value")).isEqualTo(content);
        assertThat(find("#sourceName").getAttribute("value")).isEmpty();
        type("#sourceName", RESIDENT);
        type("#sourceContact", PHONE_NUMBER);
    }

    private void verifyAndHandOver(long tipId) {
        open("/tips/" + tipId);
        click("#verify");
        assertThat(text("#tipStatus")).isEqualTo("已核实");
        type("#unit", "经开分局反诈中心");
        click("#handOverButton");
        assertThat(text("#tipStatus")).isEqualTo("已移交");
        assertThat(text("#handedOverTo")).isEqualTo("经开分局反诈中心");
        assertThat(driver.findElements(By.id("handling"))).isEmpty();
    }
}
