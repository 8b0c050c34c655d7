package org.gridwatch.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.gridwatch.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sessions live in PostgreSQL (so any instance can serve them) and get a new id at sign-in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void signingInStoresTheSessionInTheDatabaseUnderANewId() throws Exception {
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String before = sessionCookie(loginPage);
        String csrf = loginPage.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Cookie", before).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=admin&password=" + TestAccounts.ADMIN_PASSWORD + "&_csrf=" + csrf))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        String after = sessionCookie(signedIn);
        assertThat(after).isNotEqualTo(before);

        long stored = jdbc.sql("select count(*) from spring_session where principal_name = 'admin'")
                .query(Long.class).single();
        assertThat(stored).isPositive();

        HttpResponse<String> home = http.send(HttpRequest.newBuilder(uri("/")).header("Cookie", after)
                .header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("您好，系统管理员！");
    }

    @Test
    void aRequestWritesTheSessionRowOnlyWhenItsLastAccessIsAMinuteOld() throws Exception {
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String csrf = loginPage.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Cookie", sessionCookie(loginPage)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=admin&password=" + TestAccounts.ADMIN_PASSWORD + "&_csrf=" + csrf))
                .build(), HttpResponse.BodyHandlers.ofString());
        String session = sessionCookie(signedIn);
        String id = session.substring("SESSION=".length());
        String sessionId = new String(java.util.Base64.getDecoder().decode(id));
        long signedInAt = lastAccess(sessionId);

        Thread.sleep(20);
        assertThat(http.send(HttpRequest.newBuilder(uri("/")).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(lastAccess(sessionId)).as("a request within the minute leaves the row alone").isEqualTo(signedInAt);

        jdbc.sql("update spring_session set last_access_time = last_access_time - 120000 where session_id = ?")
                .param(sessionId).update();
        assertThat(http.send(HttpRequest.newBuilder(uri("/")).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(lastAccess(sessionId)).as("a minute later the last access moves").isGreaterThan(signedInAt);
    }

    private long lastAccess(String sessionId) {
        return jdbc.sql("select last_access_time from spring_session where session_id = ?").param(sessionId)
                .query(Long.class).single();
    }

    @Test
    void theSessionCookieIsSecureWhenTheRequestCameOverHttpsAlsoBehindAProxy() throws Exception {
        HttpResponse<String> overHttps = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sessionSetCookie(overHttps)).containsIgnoringCase("; Secure");
        HttpResponse<String> overHttp = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sessionSetCookie(overHttp)).doesNotContainIgnoringCase("Secure");
    }

    private static String sessionSetCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers()));
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.split(";")[0])
                .findFirst().orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers()));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
