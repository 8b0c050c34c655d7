package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridwatch.outreach.OutreachFixture;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.place.PartnerManagement;
import org.gridwatch.place.PlaceManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The network drops while an officer sends a form: the text stays on the phone as a draft, the form offers it
 * back when opened again, and sending the restored draft creates exactly one record; once sent, no draft is left.
 */
class DraftJourneyTests extends AbstractJourneyTests {

    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PeopleManagement people;
    @Autowired DutyManagement duty;
    @Autowired PlaceManagement places;
    @Autowired PartnerManagement partners;

    long consultationsAsking(String question) {
        return jdbc.sql("select count(*) from consultation where question = ?").param(question)
                .query(Long.class).single();
    }

    static void network(boolean online) {
        ChromeDriver chrome = (ChromeDriver) driver;
        if (online) {
            chrome.deleteNetworkConditions();
        } else {
            ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
            offline.setOffline(true);
            chrome.setNetworkConditions(offline);
        }
    }

    @Test
    void aFormSentWithoutSignalComesBackAsADraftAndIsSavedOnce() {
        OutreachFixture f = new OutreachFixture(jdbc, accounts, users, people, duty, places, partners);
        String question = "断网时提交的咨询 " + f.t.suffix;
        size(PHONE);
        signIn(f.officerUserA.getUsername(), "test-password-1");
        open("/consultations/new");
        assertThat(find("[data-draft-banner]").isDisplayed()).isFalse();
        type("#question", question);
        type("#answer", "可先协商解决。");

        network(false);
        try {
            click("#save");
        } finally {
            network(true);
        }
        assertThat(consultationsAsking(question)).isZero();

        open("/consultations/new");
        waitUntilVisible("[data-draft-restore]");
        screenshot("draft-offered-phone-zh");
        click("[data-draft-restore]");
        assertThat(find("#question").getAttribute("value")).isEqualTo(question);
        click("#save");
        assertThat(text(".alert-success")).isEqualTo("法律咨询已登记。");
        assertThat(consultationsAsking(question)).isEqualTo(1);

        open("/consultations/new");
        assertThat(find("[data-draft-banner]").isDisplayed()).isFalse();
        assertThat(consultationsAsking(question)).isEqualTo(1);
    }
}
