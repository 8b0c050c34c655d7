package org.gridwatch.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridwatch.identity.SignedInHttp.credentials;
import static org.gridwatch.identity.SignedInHttp.csrf;
import static org.gridwatch.identity.SignedInHttp.sessionCookie;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridwatch.ServerIntegrationTest;
import org.gridwatch.TestTerritory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Account changes reach sessions that are already signed in, through real HTTP and sessions stored in
 * PostgreSQL: a new password or a disabled account signs the account out, new roles or a new scope
 * apply from the session's next request. And simultaneous sign-ins of one account all succeed.
 */
@ServerIntegrationTest
class LiveSessionsTests {

    static final String PASSWORD = "live-session-password";

    @LocalServerPort int port;
    @Autowired AccountManagement accounts;
    @Autowired AccountUserDetailsService users;
    @Autowired JdbcClient jdbc;

    SignedInHttp http;
    TestTerritory territory;
    SignedInUser rootAdmin;

    @BeforeEach
    void territory() {
        http = new SignedInHttp(port);
        territory = TestTerritory.create(jdbc);
        rootAdmin = (SignedInUser) users.loadUserByUsername("admin");
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        AccountView account = open(Role.OFFICER, territory.communityA);
        String phone = http.signIn(account.username(), PASSWORD);
        String desk = http.signIn(account.username(), PASSWORD);

        HttpResponse<String> form = http.get("/account/password", desk);
        HttpResponse<String> changed = http.post("/account/password", desk, "currentPassword=" + PASSWORD
                + "&newPassword=a-brand-new-password&confirmPassword=a-brand-new-password&_csrf=" + csrf(form.body()));
        assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));

        assertThat(http.get("/", desk).statusCode()).isEqualTo(200);
        assertSignedOut(phone);
    }

    @Test
    void anAdministratorsPasswordResetEndsEverySessionOfTheAccount() throws Exception {
        AccountView account = open(Role.OFFICER, territory.communityA);
        String session = http.signIn(account.username(), PASSWORD);
        assertThat(http.get("/", session).statusCode()).isEqualTo(200);

        accounts.resetPassword(account.id(), "reset-by-the-admin");

        assertSignedOut(session);
    }

    @Test
    void disablingAnAccountEndsItsSessions() throws Exception {
        AccountView account = open(Role.OFFICER, territory.communityA);
        String session = http.signIn(account.username(), PASSWORD);

        accounts.change(account.id(), new AccountChanges(account.version(), account.displayName(), account.roles(),
                account.scopeAreaId(), false), rootAdmin);

        assertSignedOut(session);
    }

    @Test
    void aRoleChangeAppliesFromTheNextRequestOfALiveSession() throws Exception {
        AccountView account = open(Role.OFFICER, territory.communityA);
        String session = http.signIn(account.username(), PASSWORD);
        assertThat(http.get("/people", session).statusCode()).isEqualTo(200);

        accounts.change(account.id(), new AccountChanges(account.version(), account.displayName(),
                Set.of(Role.AUXILIARY), account.scopeAreaId(), true), rootAdmin);

        assertThat(http.get("/people", session).statusCode()).isEqualTo(403);
        assertThat(http.get("/", session).statusCode()).isEqualTo(200);
    }

    @Test
    void aScopeMoveAppliesFromTheNextRequestOfALiveSession() throws Exception {
        AccountView account = open(Role.OFFICER, territory.communityA);
        String session = http.signIn(account.username(), PASSWORD);
        assertThat(http.get("/areas/" + territory.gridA1, session).statusCode()).isEqualTo(200);
        assertThat(http.get("/areas/" + territory.gridB1, session).statusCode()).isEqualTo(404);

        accounts.change(account.id(), new AccountChanges(account.version(), account.displayName(), account.roles(),
                territory.communityB, true), rootAdmin);

        assertThat(http.get("/areas/" + territory.gridA1, session).statusCode()).isEqualTo(404);
        assertThat(http.get("/areas/" + territory.gridB1, session).statusCode()).isEqualTo(200);
    }

    @Test
    void simultaneousSignInsOfOneAccountAllSucceed() throws Exception {
        AccountView account = open(Role.OFFICER, territory.communityA);
        int signIns = 8;
        List<String[]> prepared = new ArrayList<>();
        for (int i = 0; i < signIns; i++) {
            HttpResponse<String> page = http.get("/login", null);
            prepared.add(new String[] {sessionCookie(page), csrf(page.body())});
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(signIns);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (String[] p : prepared) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.post("/login", p[0], credentials(account.username(), PASSWORD, p[1]));
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
        HttpResponse<String> home = http.get("/", session);
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }
}
