package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridwatch.TestTerritory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PlaceAndPeopleJourneyTests extends AbstractJourneyTests {

    @Autowired
    JdbcClient jdbc;

    private void press(String css) {
        click(css);
    }

    @Test
    void adminCreatesAPlaceAndAPersonAndFindsThemInTheLists() {
        TestTerritory t = TestTerritory.create(jdbc);
        String school = "经开实验学校 " + t.suffix;
        String officer = "王建国 " + t.suffix;
        signInAsAdmin();

        open("/places/new");
        new Select(find("#kind")).selectByValue("SCHOOL");
        type("#name", school);
        type("#address", "长春市经开区人民大街 8 号");
        new Select(find("#gridId")).selectByValue(String.valueOf(t.gridA1));
        type("#latitude", "43.8868");
        type("#longitude", "125.3245");
        type("#contactName", "李老师");
        type("#contactPhone", "13812345678");
        type("#visitEveryDays", "30");
        screenshot("place-form-desktop-zh");
        press("#save");
        assertThat(text("#placeName")).isEqualTo(school);
        assertThat(text("#contactPhone")).isEqualTo("13812345678");
        assertThat(text(".alert-success")).isEqualTo("场所已创建。");
        screenshot("place-detail-desktop-zh");

        open("/places?q=" + t.suffix);
        assertThat(text("#placeTable tbody")).contains(school).contains("138****5678").doesNotContain("13812345678");
        screenshot("place-list-desktop-zh");

        open("/people/new");
        press("#kind-OFFICER");
        type("#name", officer);
        type("#phone", "13998765432");
        new Select(find("#homeAreaId")).selectByValue(String.valueOf(t.communityA));
        type("#policeNumber", "J" + t.suffix);
        type("#post", "社区民警");
        screenshot("person-form-desktop-zh");
        press("#save");
        assertThat(text("#personName")).isEqualTo(officer);
        assertThat(text("#policeNumber")).isEqualTo("J" + t.suffix);
        screenshot("person-detail-desktop-zh");

        open("/people?q=" + t.suffix);
        assertThat(text("#personTable tbody")).contains(officer).contains("139****5432");
        screenshot("person-list-desktop-zh");

        open("/partners/new");
        type("#name", "摩天活力城 " + t.suffix);
        new Select(find("#kind")).selectByValue("MALL");
        new Select(find("#homeAreaId")).selectByValue(String.valueOf(t.stationA));
        type("#contactName", "赵经理");
        type("#contactPhone", "13700001111");
        press("input[name='gridIds'][value='" + t.gridA1 + "']");
        screenshot("partner-form-desktop-zh");
        press("#save");
        assertThat(text("#partnerName")).isEqualTo("摩天活力城 " + t.suffix);
        press("#newTeam");
        type("#name", "摩天活力城巡防队");
        type("#leadName", "孙队长");
        type("#leadPhone", "13600002222");
        type("input[name='members[0].name']", "周队员");
        type("input[name='members[0].phone']", "13500003333");
        press("#addRows");
        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector(".gw-member-row"))).hasSize(6);
        assertThat(find("input[name='members[0].name']").getAttribute("value")).isEqualTo("周队员");
        type("input[name='members[1].name']", "吴队员");
        screenshot("team-form-desktop-zh");
        press("#save");
        assertThat(text("#coveredGrids")).contains("甲一网格");
        assertThat(text(".gw-team")).contains("摩天活力城巡防队").contains("周队员").contains("吴队员");
        screenshot("partner-detail-desktop-zh");
        String partnerUrl = driver.getCurrentUrl();

        open("/places?lang=en&q=" + t.suffix);
        assertThat(text("h1")).isEqualTo("Places");
        screenshot("place-list-desktop-en");
        open("/people?q=" + t.suffix);
        assertThat(text("h1")).isEqualTo("People");
        screenshot("person-list-desktop-en");
        open("/places/new");
        screenshot("place-form-desktop-en");

        size(PHONE);
        for (String lang : new String[] {"en", "zh_CN"}) {
            String suffix = lang.equals("en") ? "en" : "zh";
            open("/places?lang=" + lang + "&q=" + t.suffix);
            assertThat(text("#placeTable tbody")).contains(school);
            assertThat(scrollsSideways()).isFalse();
            screenshot("place-list-phone-" + suffix);
            press("#placeTable tbody a");
            assertThat(scrollsSideways()).isFalse();
            screenshot("place-detail-phone-" + suffix);
            open("/places/new");
            assertThat(scrollsSideways()).isFalse();
            screenshot("place-form-phone-" + suffix);
            open("/people?q=" + t.suffix);
            assertThat(scrollsSideways()).isFalse();
            screenshot("person-list-phone-" + suffix);
            press("#personTable tbody a");
            assertThat(scrollsSideways()).isFalse();
            screenshot("person-detail-phone-" + suffix);
            open("/partners?q=" + t.suffix);
            assertThat(scrollsSideways()).isFalse();
            screenshot("partner-list-phone-" + suffix);
            driver.get(partnerUrl);
            assertThat(scrollsSideways()).isFalse();
            screenshot("partner-detail-phone-" + suffix);
        }
    }
}
