package org.gridwatch.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridwatch.identity.SignedInHttp.csrf;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.gridwatch.ServerIntegrationTest;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyDirectory;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.duty.DutyRole;
import org.gridwatch.duty.NewAssignment;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.people.PersonData;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first week through real HTTP and sessions in PostgreSQL: a password someone else chose must be replaced
 * before anything else, and a person who leaves with their handover is signed out everywhere and stays out.
 */
@ServerIntegrationTest
class FirstSignInTests {

    @LocalServerPort int port;
    @Autowired AccountManagement accounts;
    @Autowired AccountUserDetailsService users;
    @Autowired PeopleManagement register;
    @Autowired PersonDirectory people;
    @Autowired DutyManagement duty;
    @Autowired DutyDirectory dutyDirectory;
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

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anInitialPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        InitialAccount opened = accounts.openWithInitialPassword(unique("new-"), "新民警", Set.of(Role.OFFICER),
                territory.communityA, rootAdmin);
        String session = http.signIn(opened.account().username(), opened.initialPassword());

        assertSentToChangePassword(http.get("/", session));
        assertSentToChangePassword(http.get("/people", session));
        HttpResponse<String> form = http.get("/account/password", session);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"passwordChangeRequired\"");

        HttpResponse<String> same = http.post("/account/password", session, "currentPassword="
                + opened.initialPassword() + "&newPassword=" + opened.initialPassword() + "&confirmPassword="
                + opened.initialPassword() + "&_csrf=" + csrf(form.body()));
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(same.body()).contains("新密码不能与当前密码相同");

        HttpResponse<String> changed = http.post("/account/password", session, "currentPassword="
                + opened.initialPassword() + "&newPassword=my-own-password-1&confirmPassword=my-own-password-1&_csrf="
                + csrf(same.body()));
        assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));

        assertThat(http.get("/people", session).statusCode()).isEqualTo(200);
        assertThat(accounts.get(opened.account().id()).passwordChangeRequired()).isFalse();
        assertThat(http.get("/people", http.signIn(opened.account().username(), "my-own-password-1")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aPasswordAnAdministratorResetMustBeChangedToo() throws Exception {
        String username = unique("reset-");
        AccountView account = accounts.open(new NewAccount(username, "民警", "own-password-1", Set.of(Role.OFFICER),
                territory.communityA));
        assertThat(http.get("/people", http.signIn(username, "own-password-1")).statusCode()).isEqualTo(200);

        accounts.resetPassword(account.id(), "given-by-admin-1");

        String session = http.signIn(username, "given-by-admin-1");
        assertSentToChangePassword(http.get("/people", session));
    }

    @Test
    void aLeaversHandoverDisablesTheirAccountAndEndsTheirSessions() throws Exception {
        long leaver = auxiliary("离岗辅警");
        long successor = auxiliary("接任辅警");
        duty.assign(new NewAssignment(territory.gridA1, leaver, DutyRole.AUXILIARY, LocalDate.now().minusDays(90),
                null, null), AreaScope.everything());
        String username = unique("leaver-");
        AccountView account = accounts.open(new NewAccount(username, "离岗辅警", "leaver-password-1",
                Set.of(Role.AUXILIARY), territory.communityA));
        register.linkAccount(leaver, account.id(), AreaScope.everything());
        String phone = http.signIn(username, "leaver-password-1");
        String desk = http.signIn(username, "leaver-password-1");
        assertThat(http.get("/duty/my-grids", phone).statusCode()).isEqualTo(200);

        duty.handOver(leaver, successor, dutyDirectory.today(), null, true, AreaScope.everything());

        assertSignedOut(phone);
        assertSignedOut(desk);
        assertThat(accounts.get(account.id()).enabled()).isFalse();
        assertThat(people.find(leaver).orElseThrow().active()).isFalse();
        HttpResponse<String> page = http.get("/login", null);
        HttpResponse<String> again = http.post("/login", SignedInHttp.sessionCookie(page),
                SignedInHttp.credentials(username, "leaver-password-1", csrf(page.body())));
        assertThat(again.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
    }

    @Test
    void aHandoverWithoutLeavingKeepsTheAccount() throws Exception {
        long leaver = auxiliary("调岗辅警");
        long successor = auxiliary("接任辅警");
        duty.assign(new NewAssignment(territory.gridA2, leaver, DutyRole.AUXILIARY, LocalDate.now().minusDays(90),
                null, null), AreaScope.everything());
        String username = unique("mover-");
        AccountView account = accounts.open(new NewAccount(username, "调岗辅警", "mover-password-1",
                Set.of(Role.AUXILIARY), territory.communityA));
        register.linkAccount(leaver, account.id(), AreaScope.everything());
        String session = http.signIn(username, "mover-password-1");

        duty.handOver(leaver, successor, dutyDirectory.today(), null, AreaScope.everything());

        assertThat(http.get("/", session).statusCode()).isEqualTo(200);
        assertThat(accounts.get(account.id()).enabled()).isTrue();
    }

    private long auxiliary(String name) {
        return register.create(new PersonData(PersonKind.AUXILIARY, null, name + territory.suffix, null,
                territory.communityA, null, null, null, true), AreaScope.everything()).person().id();
    }

    private static void assertSentToChangePassword(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
    }

    private void assertSignedOut(String session) throws Exception {
        HttpResponse<String> home = http.get("/", session);
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }
}
