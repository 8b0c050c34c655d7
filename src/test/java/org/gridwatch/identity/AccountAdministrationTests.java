package org.gridwatch.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.gridwatch.IntegrationTest;
import org.gridwatch.area.AreaManagement;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.area.NewArea;
import org.gridwatch.shared.RejectedInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AccountAdministrationTests {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired AreaManagement areas;
    @Autowired JdbcClient jdbc;
    @Autowired AccountUserDetailsService users;

    /** Every account has a scope: the tests' accounts get a bureau of their own. */
    Long scope;

    @BeforeEach
    void aBureauToScopeAccountsTo() {
        String code = unique("S");
        scope = areas.create(new NewArea(code, "市局 " + code, AreaType.BUREAU, null, null, null, null, null)).id();
    }

    static SignedInUser admin() {
        return new SignedInUser(1, "admin", "系统管理员", Set.of(Role.ADMIN), null, true, "");
    }

    static SignedInUser officer() {
        return new SignedInUser(2, "officer", "民警", Set.of(Role.OFFICER), null, true, "");
    }

    @Test
    void adminOpensAnAccountThatCanThenSignIn() throws Exception {
        String username = unique("Li.Ming");
        mvc.perform(post("/admin/accounts").with(user(admin())).with(csrf())
                        .param("username", username).param("displayName", "李明")
                        .param("password", "li-ming-password").param("roles", "OFFICER")
                        .param("scopeAreaId", String.valueOf(scope)))
                .andExpect(redirectedUrlPattern("/admin/accounts/*"));
        AccountView opened = accounts.findByUsername(username).orElseThrow();
        assertThat(opened.username()).isEqualTo(username.toLowerCase());
        assertThat(opened.roles()).containsExactly(Role.OFFICER);
        mvc.perform(formLogin().user(username.toUpperCase()).password("li-ming-password")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aDuplicateUsernameInAnotherCaseIsAFieldErrorNotA500() throws Exception {
        String username = unique("dup");
        accounts.open(new NewAccount(username, "First", "first-password", Set.of(Role.OFFICER), scope));
        mvc.perform(post("/admin/accounts").with(user(admin())).with(csrf()).header("Accept-Language", "zh-CN")
                        .param("username", username.toUpperCase()).param("displayName", "Second")
                        .param("password", "second-password").param("roles", "OFFICER")
                        .param("scopeAreaId", String.valueOf(scope)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该用户名已被使用。")));
    }

    @Test
    void missingFieldsAndAShortPasswordAreExplainedBesideTheFieldsInEnglish() throws Exception {
        mvc.perform(post("/admin/accounts?lang=en").with(user(admin())).with(csrf())
                        .param("username", unique("short")).param("displayName", "")
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This field is required.")))
                .andExpect(content().string(containsString("Choose at least one.")));
        mvc.perform(post("/admin/accounts?lang=en").with(user(admin())).with(csrf())
                        .param("username", unique("short")).param("displayName", "Short")
                        .param("password", "short").param("roles", "AUXILIARY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The password needs at least 10 characters.")));
    }

    @Test
    void anUnknownRoleIsAFieldErrorNotA500() throws Exception {
        mvc.perform(post("/admin/accounts").with(user(admin())).with(csrf())
                        .param("username", unique("role")).param("displayName", "X")
                        .param("password", "some-password-1").param("roles", "EMPEROR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("格式不正确。")));
    }

    @Test
    void adminEditsRolesAndDisablesAnAccountWhichThenCannotSignIn() throws Exception {
        String username = unique("edit");
        AccountView account = accounts.open(new NewAccount(username, "Edit Me", "edit-me-password", Set.of(Role.OFFICER), scope));
        mvc.perform(post("/admin/accounts/{id}", account.id()).with(user(admin())).with(csrf())
                        .param("username", username).param("displayName", "Edited").param("roles", "SUPERVISOR")
                        .param("scopeAreaId", String.valueOf(scope))
                        .param("_enabled", "on")
                        .param("version", String.valueOf(account.version())))
                .andExpect(redirectedUrl("/admin/accounts/" + account.id()));
        AccountView edited = accounts.get(account.id());
        assertThat(edited.displayName()).isEqualTo("Edited");
        assertThat(edited.roles()).containsExactly(Role.SUPERVISOR);
        assertThat(edited.enabled()).isFalse();
        mvc.perform(formLogin().user(username).password("edit-me-password")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aStaleEditShowsTheConflictWithTheUsersInputKept() throws Exception {
        String username = unique("stale");
        AccountView account = accounts.open(new NewAccount(username, "Original", "stale-password", Set.of(Role.OFFICER), scope));
        accounts.change(account.id(), new AccountChanges(account.version(), "Changed by someone else",
                Set.of(Role.OFFICER), scope, true), admin());
        mvc.perform(post("/admin/accounts/{id}", account.id()).with(user(admin())).with(csrf())
                        .param("username", username).param("displayName", "My careful edit").param("roles", "AUXILIARY")
                        .param("scopeAreaId", String.valueOf(scope))
                        .param("enabled", "true").param("version", String.valueOf(account.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("记录已被他人修改。")))
                .andExpect(content().string(containsString("value=\"My careful edit\"")));
        assertThat(accounts.get(account.id()).displayName()).isEqualTo("Changed by someone else");
    }

    @Test
    void adminResetsAPasswordUnderTheSameRules() throws Exception {
        String username = unique("reset");
        AccountView account = accounts.open(new NewAccount(username, "Reset", "old-password-1", Set.of(Role.OFFICER), scope));
        mvc.perform(post("/admin/accounts/{id}/password", account.id()).with(user(admin())).with(csrf())
                        .param("newPassword", username).param("confirmPassword", username))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码不能与用户名相同。")));
        mvc.perform(post("/admin/accounts/{id}/password", account.id()).with(user(admin())).with(csrf())
                        .param("newPassword", "new-password-1").param("confirmPassword", "new-password-2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("两次输入的密码不一致。")));
        mvc.perform(post("/admin/accounts/{id}/password", account.id()).with(user(admin())).with(csrf())
                        .param("newPassword", "new-password-1").param("confirmPassword", "new-password-1"))
                .andExpect(redirectedUrl("/admin/accounts/" + account.id()));
        mvc.perform(formLogin().user(username).password("new-password-1")).andExpect(redirectedUrl("/"));
    }

    @Test
    void theListSearchesByUsernameOrName() throws Exception {
        String username = unique("findme");
        accounts.open(new NewAccount(username, "张警官", "find-me-password", Set.of(Role.OFFICER), scope));
        mvc.perform(get("/admin/accounts").param("q", "张警").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(username)));
        mvc.perform(get("/admin/accounts").param("q", username).with(user(admin())))
                .andExpect(content().string(containsString("张警官")));
    }

    @Test
    void anOfficerGetsTheForbiddenPageOnAdminPages() throws Exception {
        mvc.perform(get("/admin/accounts").with(user(officer())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts").with(user(officer())).with(csrf())
                        .param("username", unique("sneaky")).param("displayName", "X")
                        .param("password", "sneaky-password").param("roles", "ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(accounts.search("/", "sneaky", org.springframework.data.domain.Pageable.unpaged()).getTotalElements()).isZero();
    }

    @Test
    void aFormSentWithoutTheCsrfTokenIsRefused() throws Exception {
        String username = unique("csrf");
        mvc.perform(post("/admin/accounts").with(user(admin()))
                        .param("username", username).param("displayName", "X")
                        .param("password", "csrf-password-1").param("roles", "OFFICER"))
                .andExpect(status().isForbidden());
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void usersChangeTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
        String username = unique("own");
        accounts.open(new NewAccount(username, "Own", "own-password-1", Set.of(Role.AUXILIARY), scope));
        SignedInUser me = new SignedInUser(99, username, "Own", Set.of(Role.AUXILIARY), null, true, "");
        mvc.perform(post("/account/password").with(user(me)).with(csrf())
                        .param("currentPassword", "wrong-current").param("newPassword", "own-password-2")
                        .param("confirmPassword", "own-password-2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("当前密码不正确。")));
        mvc.perform(post("/account/password").with(user(me)).with(csrf())
                        .param("currentPassword", "own-password-1").param("newPassword", "own-password-2")
                        .param("confirmPassword", "own-password-2"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user(username).password("own-password-2")).andExpect(redirectedUrl("/"));
    }

    @Test
    void theAccountListNeverShowsPasswordHashes() throws Exception {
        mvc.perform(get("/admin/accounts").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("{bcrypt}"))));
    }

    @Test
    void anAdminOfOneBranchNeitherSeesNorGivesScopesOfAnother() throws Exception {
        String tag = unique("b");
        AreaSummary bureau = areas.create(new NewArea("B-" + tag, "市局 " + tag, AreaType.BUREAU, null, null, null, null, null));
        AreaSummary ours = areas.create(new NewArea("O-" + tag, "我们的分局", AreaType.BRANCH, bureau.id(), null, null, null, null));
        AreaSummary theirs = areas.create(new NewArea("T-" + tag, "别的分局", AreaType.BRANCH, bureau.id(), null, null, null, null));
        AccountView stranger = accounts.open(new NewAccount(unique("stranger"), "Stranger", "stranger-password",
                Set.of(Role.OFFICER), theirs.id()));
        SignedInUser branchAdmin = new SignedInUser(3, "branch-admin", "分局管理员", Set.of(Role.ADMIN), ours.id(), true, "");

        mvc.perform(get("/admin/accounts").with(user(branchAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(stranger.username()))));
        mvc.perform(get("/admin/accounts/{id}", stranger.id()).with(user(branchAdmin)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/accounts").with(user(branchAdmin)).with(csrf())
                        .param("username", unique("mine")).param("displayName", "Mine")
                        .param("password", "mine-password-1").param("roles", "OFFICER")
                        .param("scopeAreaId", String.valueOf(theirs.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只能选择您自己管辖范围内的区域。")));
        mvc.perform(get("/admin/accounts/new").with(user(branchAdmin)))
                .andExpect(content().string(containsString("我们的分局")))
                .andExpect(content().string(not(containsString("别的分局"))));
    }

    @Test
    void aBranchAdminNeitherOpensAnAccountWithoutAScopeNorGivesTheRootNorBlanksTheirOwn() throws Exception {
        String tag = unique("r");
        AreaSummary root = areas.create(new NewArea("R-" + tag, "市局 " + tag, AreaType.BUREAU, null, null, null, null, null));
        AreaSummary branch = areas.create(new NewArea("J-" + tag, "经开分局 " + tag, AreaType.BRANCH, root.id(), null, null, null, null));
        String adminName = unique("branch.admin");
        AccountView branchAdminAccount = accounts.open(new NewAccount(adminName, "分局管理员", "branch-admin-password",
                Set.of(Role.ADMIN), branch.id()));
        SignedInUser branchAdmin = (SignedInUser) users.loadUserByUsername(adminName);

        String unscoped = unique("unscoped");
        mvc.perform(post("/admin/accounts").with(user(branchAdmin)).with(csrf())
                        .param("username", unscoped).param("displayName", "No scope")
                        .param("password", "no-scope-password").param("roles", "ADMIN").param("scopeAreaId", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择管辖范围。")));
        mvc.perform(post("/admin/accounts").with(user(branchAdmin)).with(csrf())
                        .param("username", unscoped).param("displayName", "The root")
                        .param("password", "no-scope-password").param("roles", "ADMIN")
                        .param("scopeAreaId", String.valueOf(root.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只能选择您自己管辖范围内的区域。")));
        assertThat(accounts.findByUsername(unscoped)).isEmpty();

        mvc.perform(post("/admin/accounts/{id}", branchAdminAccount.id()).with(user(branchAdmin)).with(csrf())
                        .param("username", adminName).param("displayName", "分局管理员").param("roles", "ADMIN")
                        .param("enabled", "true").param("scopeAreaId", "")
                        .param("version", String.valueOf(branchAdminAccount.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择管辖范围。")));
        assertThat(accounts.get(branchAdminAccount.id()).scopeAreaId()).isEqualTo(branch.id());

        // the facade refuses it too, whatever form or caller asks
        assertThatThrownBy(() -> accounts.open(new NewAccount(unique("direct"), "Direct", "direct-password-1",
                Set.of(Role.ADMIN), null), branchAdmin))
                .isInstanceOfSatisfying(RejectedInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.scopeRequired"));
        assertThatThrownBy(() -> accounts.change(branchAdminAccount.id(), new AccountChanges(
                branchAdminAccount.version(), "分局管理员", Set.of(Role.ADMIN), null, true), branchAdmin))
                .isInstanceOf(RejectedInput.class);
    }

    @Test
    void theDatabaseHoldsOnlyOneAccountWithoutAScopeTheFirstAdministrator() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into account (username, display_name, password_hash, created_at, updated_at)
                values (?, 'Raw', '{noop}x', now(), now())
                """).param(unique("raw")).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("select username from account where scope_area_id is null").query(String.class).list())
                .containsExactly("admin");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
