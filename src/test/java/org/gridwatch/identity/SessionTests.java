package org.gridwatch.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridwatch.identity.SignedInHttp.credentials;
import static org.gridwatch.identity.SignedInHttp.csrf;
import static org.gridwatch.identity.SignedInHttp.sessionCookie;
import static org.gridwatch.identity.SignedInHttp.sessionSetCookie;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.gridwatch.ServerIntegrationTest;
import org.gridwatch.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions live in PostgreSQL (so any instance can serve them), get a new id at sign-in, are written only when
 * something in them changed or a minute passed, and their cookie is Secure over HTTPS, also behind a proxy.
 */
@ServerIntegrationTest
class SessionTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    SignedInHttp http;

    @BeforeEach
    void client() {
        http = new SignedInHttp(port);
    }

    @Test
    void signingInStoresTheSessionInTheDatabaseUnderANewId() throws Exception {
        HttpResponse<String> loginPage = http.get("/login", null);
        String before = sessionCookie(loginPage);

        HttpResponse<String> signedIn = http.post("/login", before,
                credentials("admin", TestAccounts.ADMIN_PASSWORD, csrf(loginPage.body())));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        String after = sessionCookie(signedIn);
        assertThat(after).isNotEqualTo(before);

        long stored = jdbc.sql("select count(*) from spring_session where principal_name = 'admin'")
                .query(Long.class).single();
        assertThat(stored).isPositive();

        HttpResponse<String> home = http.get("/", after);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("您好，系统管理员！");
    }

    @Test
    void aRequestWritesTheSessionRowOnlyWhenItsLastAccessIsAMinuteOld() throws Exception {
        String session = http.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        String sessionId = new String(Base64.getDecoder().decode(session.substring("SESSION=".length())));
        long signedInAt = lastAccess(sessionId);

        Thread.sleep(20);
        assertThat(http.get("/", session).statusCode()).isEqualTo(200);
        assertThat(lastAccess(sessionId)).as("a request within the minute leaves the row alone").isEqualTo(signedInAt);

        jdbc.sql("update spring_session set last_access_time = last_access_time - 120000 where session_id = ?")
                .param(sessionId).update();
        assertThat(http.get("/", session).statusCode()).isEqualTo(200);
        assertThat(lastAccess(sessionId)).as("a minute later the last access moves").isGreaterThan(signedInAt);
    }

    @Test
    void theSessionCookieIsSecureWhenTheRequestCameOverHttpsAlsoBehindAProxy() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        URI login = URI.create("http://localhost:" + port + "/login");
        HttpResponse<String> overHttps = plain.send(HttpRequest.newBuilder(login)
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sessionSetCookie(overHttps)).containsIgnoringCase("; Secure");
        HttpResponse<String> overHttp = plain.send(HttpRequest.newBuilder(login).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sessionSetCookie(overHttp)).doesNotContainIgnoringCase("Secure");
    }

    private long lastAccess(String sessionId) {
        return jdbc.sql("select last_access_time from spring_session where session_id = ?").param(sessionId)
                .query(Long.class).single();
    }
}
