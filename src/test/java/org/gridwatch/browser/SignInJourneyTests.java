package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridwatch.TestAccounts;
import org.junit.jupiter.api.Test;

class SignInJourneyTests extends AbstractJourneyTests {

    @Test
    void adminSignsInSwitchesToEnglishAndSignsOut() {
        open("/login");
        assertThat(text("h1")).isEqualTo("登录");
        screenshot("login-desktop-zh");
        signInAsAdmin();
        assertThat(text("#greeting")).isEqualTo("您好，系统管理员！");
        assertThat(text(".gw-role")).isEqualTo("系统管理员");
        screenshot("home-desktop-zh");

        click("a[href='?lang=en']");
        assertThat(text("#greeting")).isEqualTo("Hello, 系统管理员!");
        assertThat(text(".gw-role")).isEqualTo("Administrator");
        assertThat(find("html").getAttribute("lang")).isEqualTo("en");
        screenshot("home-desktop-en");

        signOut();
        assertThat(text("h1")).isEqualTo("Sign in");
        assertThat(text(".alert-success")).isEqualTo("You have signed out.");
    }

    @Test
    void wrongPasswordIsExplainedInTheCurrentLanguage() {
        signIn("admin", "not-the-password");
        assertThat(text("#loginError")).isEqualTo("用户名或密码不正确。");

        open("/login?lang=en");
        type("#username", "admin");
        type("#password", "still-not-it");
        click("#signIn");
        assertThat(text("#loginError")).isEqualTo("Wrong username or password.");
        screenshot("login-error-desktop-en");
    }

    @Test
    void theSameJourneyWorksAtPhoneWidth() {
        size(PHONE);
        open("/login");
        screenshot("login-phone-zh");
        signIn("admin", TestAccounts.ADMIN_PASSWORD);
        assertThat(text("#greeting")).isEqualTo("您好，系统管理员！");
        assertThat(scrollsSideways()).isFalse();
        screenshot("home-phone-zh");

        open("/?lang=en");
        assertThat(text("#greeting")).isEqualTo("Hello, 系统管理员!");
        screenshot("home-phone-en");
        signOut();
        assertThat(text("h1")).isEqualTo("Sign in");
        screenshot("login-phone-en");
    }
}
