package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.gridwatch.TestTerritory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AccountAdminJourneyTests extends AbstractJourneyTests {

    @Autowired JdbcClient jdbc;

    @Test
    void adminOpensAnAccountAndTheNewUserSignsIn() {
        String username = "zhang-" + UUID.randomUUID().toString().substring(0, 6);
        TestTerritory territory = TestTerritory.create(jdbc);
        signInAsAdmin();
        open("/admin/accounts/new");
        type("#username", username);
        type("#displayName", "张伟");
        type("#password", "short");
        click("#save");
        assertThat(text("#password-error")).isEqualTo("密码至少需要 10 位。");
        assertThat(text("#roles-error")).isEqualTo("请至少选择一项。");
        assertThat(text("#scopeAreaId-error")).isEqualTo("请选择管辖范围。");
        screenshot("account-form-errors-desktop-zh");

        type("#password", "zhang-wei-password");
        click("label[for='roles3']");
        new Select(find("#scopeAreaId")).selectByValue(String.valueOf(territory.communityA));
        click("#save");
        assertThat(text(".alert-success")).isEqualTo("账号已创建。");

        open("/admin/accounts?q=" + username);
        assertThat(text("tbody")).contains(username).contains("张伟").contains("社区民警");
        screenshot("account-list-desktop-zh");
        size(PHONE);
        assertThat(scrollsSideways()).isFalse();
        screenshot("account-list-phone-zh");
        open("/admin/accounts/new?lang=en");
        click("#save");
        assertThat(text("#username-error")).isEqualTo("This field is required.");
        assertThat(scrollsSideways()).isFalse();
        screenshot("account-form-errors-phone-en");
        open("/?lang=zh_CN");
        signOut();

        signIn(username, "zhang-wei-password");
        assertThat(text("#greeting")).isEqualTo("您好，张伟！");
        open("/admin/accounts");
        assertThat(text("h1")).isEqualTo("没有权限");
        screenshot("forbidden-phone-zh");
    }
}
