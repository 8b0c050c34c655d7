package org.gridwatch.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gridwatch.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The error pages are translated, keep the layout, link back home and never show a stack trace.
 * Real HTTP requests go through the servlet container's error dispatch, so these run on a real server.
 */
@ServerIntegrationTest
class ErrorPagesTests {

    @Autowired MockMvc mvc;
    @Autowired org.gridwatch.identity.AccountManagement accounts;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.boot.test.web.server.LocalServerPort int port;

    private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

    @Test
    void anonymousVisitorsAreSentToTheSignInPage() throws Exception {
        mvc.perform(get("/admin/accounts")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anUnknownUrlShowsTheTranslatedNotFoundPage() throws Exception {
        String session = signInAsAdmin();
        var zh = fetch("/no/such/page", session, "zh-CN");
        org.assertj.core.api.Assertions.assertThat(zh.statusCode()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(zh.body()).contains("未找到").contains("返回首页")
                .doesNotContain("Exception").doesNotContain("Whitelabel");
        var en = fetch("/no/such/page?lang=en", session, "en");
        org.assertj.core.api.Assertions.assertThat(en.statusCode()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(en.body()).contains("Not found").contains("Back to the home page");
    }

    @Test
    void aDisallowedPageShowsTheForbiddenPage() throws Exception {
        mvc.perform(get("/admin/accounts").with(user("aux").roles("AUXILIARY")))
                .andExpect(status().isForbidden());
    }

    @Test
    void healthIsPublicWithoutDetailsAndMetricsAreForAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(content().string(not(containsString("components"))));
        mvc.perform(get("/actuator/prometheus").with(user("officer").roles("OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void theStylesheetsAndScriptsEveryPageLinksAreServed() throws Exception {
        mvc.perform(get("/assets/css/app.css")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"));
        mvc.perform(get("/assets/js/app.js")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/javascript"));
        mvc.perform(get("/webjars/bootstrap/dist/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/leaflet/dist/leaflet.js")).andExpect(status().isOk());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Content-Type-Options", "nosniff"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Frame-Options", "DENY"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void aPageTheRoleMayNotOpenShowsTheTranslatedForbiddenPage() throws Exception {
        String username = "aux" + java.util.UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new org.gridwatch.identity.NewAccount(username, "辅警" + username, "test-password-1",
                java.util.Set.of(org.gridwatch.identity.Role.AUXILIARY), org.gridwatch.TestTerritory.create(jdbc).communityA));
        String session = signIn(username, "test-password-1");
        var zh = fetch("/people", session, "zh-CN");
        org.assertj.core.api.Assertions.assertThat(zh.statusCode()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(zh.body()).contains("没有权限").contains("返回首页")
                .doesNotContain("Exception").doesNotContain("Whitelabel");
        var en = fetch("/campaigns/new?lang=en", session, "en");
        org.assertj.core.api.Assertions.assertThat(en.statusCode()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(en.body()).contains("Not allowed");
    }

    private String signInAsAdmin() throws Exception {
        return signIn("admin", org.gridwatch.TestAccounts.ADMIN_PASSWORD);
    }

    private String signIn(String username, String password) throws Exception {
        var login = fetch("/login", null, "zh-CN");
        String cookie = login.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
        String csrf = login.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        var request = java.net.http.HttpRequest.newBuilder(uri("/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + password + "&_csrf=" + csrf))
                .build();
        var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        return response.headers().firstValue("set-cookie").map(c -> c.split(";")[0]).orElse(cookie);
    }

    private java.net.http.HttpResponse<String> fetch(String path, String cookie, String language) throws Exception {
        var builder = java.net.http.HttpRequest.newBuilder(uri(path)).header("Accept-Language", language)
                .header("Accept", "text/html");
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return http.send(builder.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private java.net.URI uri(String path) {
        return java.net.URI.create("http://localhost:" + port + path);
    }
}
