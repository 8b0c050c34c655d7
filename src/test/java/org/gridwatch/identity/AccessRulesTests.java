package org.gridwatch.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestTerritory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The modules' URL rules, seen from outside: for representative pages of every module and each role, who gets the
 * page and who the 403 page; and the links and buttons pages show agree with those rules. A record that does not
 * exist (or lies outside the scope) still answers 404 to a role that may open such records.
 */
@IntegrationTest
class AccessRulesTests {

    /** No record has this id: a role that may open the page gets 404, any other role 403. */
    static final long NO_SUCH_ID = 987_654_321L;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;

    Map<Role, SignedInUser> signedIn = new EnumMap<>(Role.class);

    @BeforeEach
    void oneAccountPerRole() {
        TestTerritory t = TestTerritory.create(jdbc);
        for (Role role : Role.values()) {
            signedIn.put(role, TestTerritory.user(accounts, users, t.branch, role));
        }
    }

    record Rule(String method, String url, RoleSet allowed, int status) {
    }

    static Rule get200(String url, RoleSet allowed) {
        return new Rule("GET", url, allowed, 200);
    }

    static Rule get404(String url, RoleSet allowed) {
        return new Rule("GET", url, allowed, 404);
    }

    static final List<Rule> RULES = List.of(
            get200("/", RoleSet.EVERYONE),
            get200("/areas", RoleSet.EVERYONE),
            get200("/areas/import", RoleSet.ADMINS),
            get404("/areas/" + NO_SUCH_ID + "/edit", RoleSet.ADMINS),
            get200("/admin/accounts", RoleSet.ADMINS),
            get200("/log", RoleSet.FIELD_STAFF),
            get404("/grids/" + NO_SUCH_ID + "/timeline", RoleSet.FIELD_STAFF),
            get404("/places/" + NO_SUCH_ID + "/timeline", RoleSet.FIELD_STAFF),
            get200("/campaigns", RoleSet.FIELD_STAFF),
            get200("/campaigns/new", RoleSet.MANAGEMENT),
            get404("/campaigns/" + NO_SUCH_ID, RoleSet.FIELD_STAFF),
            get404("/campaigns/" + NO_SUCH_ID + "/edit", RoleSet.MANAGEMENT),
            get200("/disputes", RoleSet.EVERYONE),
            get200("/disputes/new", RoleSet.FIELD_STAFF),
            get404("/disputes/" + NO_SUCH_ID, RoleSet.EVERYONE),
            get404("/disputes/" + NO_SUCH_ID + "/edit", RoleSet.FIELD_STAFF),
            get200("/hazards", RoleSet.FIELD_STAFF),
            get404("/hazards/" + NO_SUCH_ID, RoleSet.FIELD_STAFF),
            get200("/patrols", RoleSet.FIELD_STAFF),
            get200("/visits", RoleSet.FIELD_STAFF),
            get200("/consultations", RoleSet.FIELD_STAFF),
            get200("/publicity", RoleSet.FIELD_STAFF),
            get200("/drills", RoleSet.FIELD_STAFF),
            get200("/tips", RoleSet.FIELD_STAFF),
            get200("/tips/reveals", RoleSet.MANAGEMENT),
            new Rule("POST", "/tips/" + NO_SUCH_ID + "/verify", RoleSet.CASE_HANDLERS, 404),
            get200("/people", RoleSet.POLICE),
            get200("/people/new", RoleSet.MANAGEMENT),
            get200("/places", RoleSet.FIELD_STAFF),
            get200("/places/new", RoleSet.POLICE),
            get200("/partners", RoleSet.FIELD_STAFF),
            get200("/partners/new", RoleSet.MANAGEMENT),
            get200("/duty/my-grids", RoleSet.EVERYONE),
            get200("/duty/coverage", RoleSet.POLICE),
            get200("/duty/handover", RoleSet.MANAGEMENT),
            get200("/meetings", RoleSet.FIELD_STAFF),
            get200("/meetings/new", RoleSet.MANAGEMENT),
            get200("/meetings/actions", RoleSet.FIELD_STAFF),
            get200("/party/branches", RoleSet.POLICE),
            get200("/party/branches/new", RoleSet.MANAGEMENT),
            get200("/cases/overdue", RoleSet.POLICE),
            get200("/reports/monthly", RoleSet.POLICE),
            get200("/ratings", RoleSet.POLICE),
            get200("/dashboard", RoleSet.MANAGEMENT),
            get200("/dashboard/map", RoleSet.MANAGEMENT));

    @Test
    void eachRoleGetsThePagesItsRoleSetsAllowAndTheForbiddenPageForTheRest() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : RULES) {
            for (Role role : Role.values()) {
                int expected = rule.allowed().includes(role) ? rule.status() : 403;
                int actual = status(rule.method(), rule.url(), signedIn.get(role));
                if (actual != expected) {
                    wrong.add(role + " " + rule.method() + " " + rule.url() + ": " + actual + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyMenuLinkARoleSeesOpensForThatRole() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            Document page = page("/duty/my-grids", signedIn.get(role));
            List<String> links = page.select("nav a[href^=/]").eachAttr("href");
            assertThat(links).as("menu of " + role).isNotEmpty();
            for (String link : links) {
                String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
                int status = status("GET", path, signedIn.get(role));
                if (status == 403) {
                    wrong.add(role + " sees " + link + " but gets 403");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aRoleWithoutWriteAccessSeesNoNewButtonAndGetsTheForbiddenPageOnItsUrl() throws Exception {
        Map<String, String> newButtons = Map.of(
                "/campaigns", "/campaigns/new",
                "/places", "/places/new",
                "/partners", "/partners/new",
                "/people", "/people/new",
                "/meetings", "/meetings/new",
                "/party/branches", "/party/branches/new",
                "/areas", "/areas/import",
                "/duty/coverage", "/duty/handover");
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            SignedInUser user = signedIn.get(role);
            for (Map.Entry<String, String> entry : newButtons.entrySet()) {
                if (status("GET", entry.getKey(), user) != 200) {
                    continue;
                }
                boolean shown = !page(entry.getKey(), user).select("a[href=" + entry.getValue() + "]").isEmpty();
                boolean opens = status("GET", entry.getValue(), user) != 403;
                if (shown != opens) {
                    wrong.add(role + " on " + entry.getKey() + ": button " + (shown ? "shown" : "hidden") + ", "
                            + entry.getValue() + (opens ? " opens" : " is forbidden"));
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(page("/campaigns", signedIn.get(Role.OFFICER)).select("#newCampaign")).isEmpty();
        assertThat(status("GET", "/campaigns/new", signedIn.get(Role.OFFICER))).isEqualTo(403);
        assertThat(page("/campaigns", signedIn.get(Role.SUPERVISOR)).select("#newCampaign")).isNotEmpty();
    }

    private int status(String method, String url, SignedInUser user) throws Exception {
        var request = "POST".equals(method) ? post(url).with(csrf()) : get(url);
        return mvc.perform(request.with(user(user))).andReturn().getResponse().getStatus();
    }

    private Document page(String url, SignedInUser user) throws Exception {
        var response = mvc.perform(get(url).with(user(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
