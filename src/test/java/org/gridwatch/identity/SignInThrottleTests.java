package org.gridwatch.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestClock;
import org.gridwatch.TestTerritory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SignInThrottleTests {

    static final String PASSWORD = "correct-horse-1";

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiveFailuresLockTheUsernameEvenForTheRightPassword() throws Exception {
        String username = openAccount();
        failFiveTimes(username);
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?throttled"));
    }

    @Test
    void anUnknownUsernameIsThrottledTheSameWaySoNothingIsRevealed() throws Exception {
        String nobody = "nobody-" + UUID.randomUUID();
        failFiveTimes(nobody);
        mvc.perform(formLogin().user(nobody).password(PASSWORD)).andExpect(redirectedUrl("/login?throttled"));
    }

    @Test
    void anOverlongPasswordIsAWrongPasswordNotAServerError() throws Exception {
        String username = openAccount();
        mvc.perform(formLogin().user(username).password("x".repeat(10_000))).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theLockEndsAfterFifteenMinutes() throws Exception {
        String username = openAccount();
        failFiveTimes(username);
        clock.advance(Duration.ofMinutes(14));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?throttled"));
        clock.advance(Duration.ofMinutes(2));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotLock() throws Exception {
        String username = openAccount();
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(username).password("wrong-password")).andExpect(redirectedUrl("/login?error"));
        }
        clock.advance(Duration.ofMinutes(16));
        mvc.perform(formLogin().user(username).password("wrong-password")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() throws Exception {
        String username = openAccount();
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(username).password("wrong-password")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user(username).password("wrong-password")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
        accounts.findByUsername(username).orElseThrow();
    }

    private void failFiveTimes(String username) throws Exception {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            mvc.perform(formLogin().user(username).password("wrong-password")).andExpect(redirectedUrl("/login?error"));
        }
    }

    private String openAccount() {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(username, "Throttle Test", PASSWORD, Set.of(Role.OFFICER),
                TestTerritory.create(jdbc).communityA));
        return username;
    }
}
