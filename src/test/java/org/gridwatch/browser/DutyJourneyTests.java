package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridwatch.duty.DutyFixtures;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.people.PersonKind;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The admin puts an officer, an auxiliary and a liaison on a grid, and the coverage board shows it covered. */
class DutyJourneyTests extends AbstractJourneyTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;

    @Test
    void adminAssignsOfficerAuxiliaryAndLiaisonAndTheBoardShowsTheGridCovered() {
        DutyFixtures territory = new DutyFixtures(jdbc, accounts, users);
        DutyFixtures.Station station = territory.station("临河", 2);
        long grid = station.grids()[0];
        long officer = territory.person(PersonKind.OFFICER, "张建国", station.station());
        long auxiliary = territory.person(PersonKind.AUXILIARY, "李晓明", station.station());
        long liaison = territory.person(PersonKind.GRID_WORKER, "王秀兰", station.community());

        signInAsAdmin();
        open("/duty/coverage?area=" + station.station());
        assertThat(text("tr[data-grid='" + grid + "'] .gw-status")).isEqualTo("未覆盖");

        open("/duty/grids/" + grid);
        assign("RESPONSIBLE_OFFICER", officer);
        assertThat(text(".alert-success")).contains("任职已保存");
        assign("AUXILIARY", auxiliary);
        assign("LIAISON", liaison);
        type("#channel", "临河社区1网格警民联系群");
        click("#saveLink");
        assertThat(text(".gw-officer")).isEqualTo("张建国");
        assertThat(text(".gw-auxiliaries")).isEqualTo("李晓明");
        assertThat(text(".gw-liaison")).isEqualTo("王秀兰");
        assertThat(text(".gw-channel")).isEqualTo("临河社区1网格警民联系群");
        screenshot("duty-grid-desktop-zh");

        open("/duty/coverage?area=" + station.station());
        assertThat(text("tr[data-grid='" + grid + "'] .gw-status")).isEqualTo("已覆盖");
        assertThat(text("tr[data-grid='" + station.grids()[1] + "'] .gw-status")).isEqualTo("未覆盖");
        assertThat(text("#count-covered")).isEqualTo("1");
        assertThat(text("#count-uncovered")).isEqualTo("1");
        screenshot("duty-coverage-desktop-zh");

        open("/duty/coverage?area=" + station.station() + "&lang=en");
        assertThat(text("tr[data-grid='" + grid + "'] .gw-status")).isEqualTo("Covered");
        screenshot("duty-coverage-desktop-en");
        open("/duty/grids/" + grid);
        screenshot("duty-grid-desktop-en");

        size(PHONE);
        open("/duty/coverage?area=" + station.station() + "&lang=zh_CN");
        assertThat(scrollsSideways()).isFalse();
        screenshot("duty-coverage-phone-zh");
        open("/duty/grids/" + grid);
        assertThat(scrollsSideways()).isFalse();
        screenshot("duty-grid-phone-zh");
        open("/duty/handover");
        assertThat(scrollsSideways()).isFalse();
        screenshot("duty-handover-phone-zh");
        open("/duty/coverage?area=" + station.station() + "&lang=en");
        assertThat(scrollsSideways()).isFalse();
        screenshot("duty-coverage-phone-en");
        open("/duty/grids/" + grid);
        screenshot("duty-grid-phone-en");
        open("/?lang=zh_CN");
    }

    @Test
    void aSecondOfficerForTheSameDatesIsShownBesideTheField() {
        DutyFixtures territory = new DutyFixtures(jdbc, accounts, users);
        DutyFixtures.Station station = territory.station("会展", 1);
        long grid = station.grids()[0];
        long first = territory.person(PersonKind.OFFICER, "刘德胜", station.station());
        long second = territory.person(PersonKind.OFFICER, "陈国强", station.station());
        signInAsAdmin();
        open("/duty/grids/" + grid);
        assign("RESPONSIBLE_OFFICER", first);
        assign("RESPONSIBLE_OFFICER", second);
        assertThat(text("#validFrom-error")).contains("只能有一名责任民警");
        screenshot("duty-grid-rule-desktop-zh");
    }

    private void assign(String role, long person) {
        new Select(find("#role")).selectByValue(role);
        new Select(find("#personId")).selectByValue(String.valueOf(person));
        click("#assign");
    }

}
