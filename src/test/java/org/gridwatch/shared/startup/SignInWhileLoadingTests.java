package org.gridwatch.shared.startup;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestTerritory;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.NewAccount;
import org.gridwatch.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * While data loads (here: a loading on "another instance", a connection holding the loading lock), readiness
 * says not ready, the sign-in page says so with the progress, and failed sign-ins are not counted.
 */
@IntegrationTest
class SignInWhileLoadingTests {

    @Autowired MockMvc mvc;
    @Autowired DataSource dataSource;
    @Autowired DataLoading loading;
    @Autowired AccountManagement accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void whileDataLoadsReadinessIsDownTheSignInPageSaysSoAndFailuresDoNotCount() throws Exception {
        String username = "loading-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(username, "加载期间", "loading-password-1", Set.of(Role.OFFICER),
                TestTerritory.create(jdbc).communityA));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());

        try (Connection otherInstance = dataSource.getConnection()) {
            otherInstance.setAutoCommit(false);
            try (Statement statement = otherInstance.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(" + DataLoading.LOCK_KEY + ")");
            }
            loading.progress(4, 10);

            mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
            mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
            mvc.perform(get("/login").header("Accept-Language", "zh-CN")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("演示数据加载中…")))
                    .andExpect(content().string(containsString("已完成 40%")));
            mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Loading demo data…")));
            for (int i = 0; i < 7; i++) {
                mvc.perform(formLogin().user(username).password("not-yet-loaded")).andExpect(redirectedUrl("/login?loading"));
            }
            otherInstance.rollback();
        }

        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/login").header("Accept-Language", "zh-CN"))
                .andExpect(content().string(not(containsString("演示数据加载中"))));
        mvc.perform(formLogin().user(username).password("loading-password-1")).andExpect(redirectedUrl("/"));
    }

    @Test
    void afterLoadingFailuresCountAgain() throws Exception {
        String nobody = "nobody-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(nobody).password("wrong-password")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(nobody).password("wrong-password")).andExpect(redirectedUrl("/login?throttled"));
    }
}
