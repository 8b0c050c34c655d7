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
 * The party-building and meeting demo data (loaded into a database of its own) as its users meet it: the article's
 * branches, agreements (one with 中日联谊医院) and summer activities; meetings whose items are partly overdue, some of
 * them officer.linhe's; officer.linhe's pioneer post on the duty card.
 */
@DemoDataIntegrationTest
class DemoPartyAndMeetingsJourneyTests extends AbstractJourneyTests {

    static final String PASSWORD = "gridwatch-demo";

    @Autowired JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theDemoHasTheArticlesBranchesAgreementsActivitiesPioneersAndMeetings() {
        assertThat(count("select count(*) from party_branch b join area a on a.id = b.area_id "
                + "where a.type = 'STATION' and b.secretary_person_id is not null")).isEqualTo(6);
        assertThat(count("select count(*) from party_branch b join area a on a.id = b.area_id where a.type = 'COMMUNITY'"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("select count(distinct g.agreement_id) from party_agreement_branch g "
                + "join party_branch b on b.id = g.branch_id join partner_unit u on u.id = b.partner_unit_id "
                + "where u.name = '中日联谊医院'")).isEqualTo(1);
        assertThat(count("select count(*) from party_activity where held_on between '2026-06-01' and '2026-09-30'"))
                .isGreaterThanOrEqualTo(40);
        assertThat(count("select count(distinct kind) from party_activity")).isEqualTo(3);
        long linhe = jdbc.sql("select p.id from person p join account a on a.id = p.account_id where a.username = 'officer.linhe'")
                .query(Long.class).single();
        assertThat(count("select count(*) from party_pioneer_post where person_id = " + linhe)).isEqualTo(2);
        assertThat(count("select count(*) from joint_meeting")).isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from action_item where status = 'OPEN' and due_on < current_date"))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from action_item where status = 'DONE'")).isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from action_item where owner_partner_unit_id is not null")).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from action_item where owner_person_id = " + linhe
                + " and status = 'OPEN' and due_on < current_date")).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from action_item where owner_person_id = " + linhe
                + " and status = 'OPEN' and due_on >= current_date")).isGreaterThanOrEqualTo(1);

        size(PHONE);
        signIn("officer.linhe", PASSWORD);
        open("/meetings/actions?mine=true");
        List<String> states = driver.findElements(By.cssSelector("#itemTable .gw-action-state")).stream()
                .map(WebElement::getText).toList();
        assertThat(states).contains("已超期", "办理中", "已办结");
        assertThat(scrollsSideways()).isFalse();
        screenshot("demo-meeting-mine-phone-zh");
        open("/duty/my-grids");
        waitUntilVisible(".gw-pioneers");
        assertThat(text("body")).contains("护学岗");
        screenshot("demo-my-grids-pioneer-phone-zh");
        open("/party/branches");
        assertThat(scrollsSideways()).isFalse();
        screenshot("demo-party-branches-phone-zh");
        signOut();

        size(DESKTOP);
        signIn("branch.chief", PASSWORD);
        open("/party/branches?from=2026-06-01&to=2026-09-30");
        assertThat(text("#branchTable")).contains("临河派出所党支部").contains("中日联谊医院党委");
        screenshot("demo-party-branches-desktop-zh");
        open("/party/agreements");
        assertThat(text("#agreementTable")).contains("警医共建协议").contains("已结束");
        screenshot("demo-party-agreements-desktop-zh");
        click("#agreementTable a[href*='/party/agreements/']");
        screenshot("demo-party-agreement-detail-desktop-zh");
        open("/party/activities");
        screenshot("demo-party-activities-desktop-zh");
        open("/meetings");
        screenshot("demo-meetings-desktop-zh");
        open("/meetings/actions?overdue=true");
        assertThat(driver.findElements(By.cssSelector("#itemTable tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
        screenshot("demo-meeting-overdue-desktop-zh");
        open("/meetings/teams?lang=en");
        screenshot("demo-meeting-teams-desktop-en");
        open("/party/agreements?lang=en");
        screenshot("demo-party-agreements-desktop-en");
        open("/party/branches?lang=zh_CN");
    }
}
