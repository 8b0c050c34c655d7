package org.gridwatch.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridwatch.TestTerritory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Account changes reach sessions that are already signed in, through real HTTP and sessions stored in
 * PostgreSQL: a new password or a disabled account signs the account out, new roles or a new scope
 * apply from the session's next request. And simultaneous sign-ins of one account all succeed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveSessionsTests {

    static final String PASSWORD = "live-session-password";

    @LocalServerPort int port;
    @Autowired AccountManagement accounts;
    @Autowired AccountUserDetailsService users;
    @Autowired JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    TestTerritory territory;
    SignedInUser rootAdmin;

    @BeforeEach
    void territory() {
        territory = TestTerritory.create(jdbc);
        rootAdmin = (SignedInUser) users.loadUserByUsername("admin");
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        AccountView account = open(Role.OFFICER, territory.communityA);
        String phone = signIn(account.username(), PASSWORD);
        String desk = signIn(account.username(), PASSWORD);

        HttpResponse<String> form = get("/account/password", desk);
        HttpResponse<String> changed = post("/account/password", desk, "currentPassword=" + PASSWORD
                + "&newPassword=a-brand-new-password&confirmPassword=a-brand-new-password&_csrf=" + csrf(form.body()));
        assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));

        assertThat(get("/", desk).statusCode()).isEqualTo(200);
        assertSignedOut(phone);
    }

    @Test
    void anAdministratorsPasswordResetEndsEverySessionOfTheAccount() throws Exception {
        AccountView account = open(Role.OFFICER, territory.communityA);
        String session = signIn(account.username(), PASSWORD);
        assertThat(get("/", session).statusCode()).isEqualTo(200);

        accounts.resetPassword(account.id(), "reset-by-the-admin");

        assertSignedOut(session);
    }

    @Test
    void disablingAnAccountEndsItsSessions() throws Exception {
        AccountView account = open(Role.OFFICER, territory.communityA);
        String session = signIn(account.username(), PASSWORD);

        accounts.change(account.id(), new AccountChanges(account.version(), account.displayName(), account.roles(),
                account.scopeAreaId(), false), rootAdmin);

        assertSignedOut(session);
    }

    @Test
    void aRoleChangeAppliesFromTheNextRequestOfALiveSession() throws Exception {
        AccountView account = open(Role.OFFICER, territory.communityA);
        String session = signIn(account.username(), PASSWORD);
        assertThat(get("/people", session).statusCode()).isEqualTo(200);

        accounts.change(account.id(), new AccountChanges(account.version(), account.displayName(),
                Set.of(Role.AUXILIARY), account.scopeAreaId(), true), rootAdmin);

        assertThat(get("/people", session).statusCode()).isEqualTo(403);
        assertThat(get("/", session).statusCode()).isEqualTo(200);
    }

    @Test
    void aScopeMoveAppliesFromTheNextRequestOfALiveSession() throws Exception {
        AccountView account = open(Role.OFFICER, territory.communityA);
        String session = signIn(account.username(), PASSWORD);
        assertThat(get("/areas/" + territory.gridA1, session).statusCode()).isEqualTo(200);
        assertThat(get("/areas/" + territory.gridB1, session).statusCode()).isEqualTo(404);

        accounts.change(account.id(), new AccountChanges(account.version(), account.displayName(), account.roles(),
                territory.communityB, true), rootAdmin);

        assertThat(get("/areas/" + territory.gridA1, session).statusCode()).isEqualTo(404);
        assertThat(get("/areas/" + territory.gridB1, session).statusCode()).isEqualTo(200);
    }

    @Test
    void simultaneousSignInsOfOneAccountAllSucceed() throws Exception {
        AccountView account = open(Role.OFFICER, territory.communityA);
        int signIns = 8;
        List<String[]> prepared = new ArrayList<>();
        for (int i = 0; i < signIns; i++) {
            HttpResponse<String> page = get("/login", null);
            prepared.add(new String[] {sessionCookie(page), csrf(page.body())});
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(signIns);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (String[] p : prepared) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post("/login", p[0], credentials(account.username(), PASSWORD, p[1]));
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).isEqualTo(302);
                assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                        l -> assertThat(l).endsWith("/").doesNotContain("error"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(accounts.get(account.id()).lastSignInAt()).isNotNull();
    }

    private AccountView open(Role role, long scope) {
        String username = "live-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.open(new NewAccount(username, "在岗民警", PASSWORD, Set.of(role), scope));
    }

    private void assertSignedOut(String session) throws Exception {
        HttpResponse<String> home = get("/", session);
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    /** Signs in and returns the session's cookie. */
    private String signIn(String username, String password) throws Exception {
        HttpResponse<String> page = get("/login", null);
        HttpResponse<String> signedIn = post("/login", sessionCookie(page), credentials(username, password,
                csrf(page.body())));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        return sessionCookie(signedIn);
    }

    private static String credentials(String username, String password, String csrf) {
        return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept-Language", "zh-CN");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        return html.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
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
