package org.gridwatch.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gridwatch.ServerIntegrationTest;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two people move the same hazard at the same moment, over real HTTP against the running server, each signed in
 * in their own session: exactly one transition happens, the other gets the 409 page saying the case moved.
 */
@ServerIntegrationTest
class HazardConcurrencyTests {

    static final String PASSWORD = "test-password-1";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    static final Pattern VERSION = Pattern.compile("name=\"version\"[^>]*value=\"(\\d+)\"");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired HazardManagement management;
    @Autowired HazardDirectory directory;

    HazardFixtures f;

    @BeforeEach
    void setUp() {
        f = new HazardFixtures(jdbc, accounts, users);
    }

    @Test
    void twoOfficersNotifyingTheSameHazardAtOnceMakeExactlyOneNotice() throws Exception {
        for (int round = 0; round < 3; round++) {
            long id = management.create(f.hazard(f.t.gridA1, "并发通知 " + round, java.time.Instant.now().minusSeconds(60)),
                    List.of(), management.actor(f.officerA), f.stationAScope);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("deadline", LocalDate.now(ZONE).plusDays(4).toString());
            form.put("requirement", "清理通道");
            List<Integer> statuses = race(id, "/notify", form, f.officerA, f.otherOfficerA);

            assertThat(statuses).containsExactlyInAnyOrder(302, 409);
            assertThat(count(id, "NOTIFIED")).isEqualTo(1);
        }
    }

    @Test
    void twoOfficersVerifyingTheSameRectificationAtOnceCloseItOnce() throws Exception {
        long id = management.create(f.hazard(f.t.gridA1, "并发复核", java.time.Instant.now().minusSeconds(60)),
                List.of(), management.actor(f.officerA), f.stationAScope);
        management.notifyResponsible(id, directory.view(id, f.stationAScope).version(),
                LocalDate.now(ZONE).plusDays(3), "清理", management.actor(f.officerA), f.stationAScope);
        management.rectify(id, directory.view(id, f.stationAScope).version(), "已清理",
                HazardFixtures.photos("after.png"), management.actor(f.auxiliaryA), f.stationAScope);
        Map<String, String> pass = new LinkedHashMap<>();
        pass.put("outcome", "PASS");
        pass.put("note", "复核到位");

        List<Integer> statuses = race(id, "/verify", pass, f.officerA, f.otherOfficerA);

        assertThat(statuses).containsExactlyInAnyOrder(302, 409);
        assertThat(count(id, "VERIFIED")).isEqualTo(1);
        assertThat(directory.view(id, f.stationAScope).state()).isEqualTo(HazardState.VERIFIED);
    }

    /** Both users open the form (same version), then both send it at once; returns the two statuses. */
    private List<Integer> race(long id, String action, Map<String, String> form, SignedInUser... people)
            throws Exception {
        List<Session> sessions = new ArrayList<>();
        for (SignedInUser user : people) {
            Session session = new Session();
            session.signIn(user.getUsername());
            String page = session.get("/hazards/" + id + action).body();
            Map<String, String> filled = new LinkedHashMap<>(form);
            filled.put("_csrf", find(CSRF, page));
            filled.put("version", find(VERSION, page));
            session.prepared = filled;
            sessions.add(session);
        }
        CyclicBarrier start = new CyclicBarrier(sessions.size());
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (Session session : sessions) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return session.post("/hazards/" + id + action, session.prepared);
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    assertThat(response.body()).contains("该隐患刚被他人处理");
                }
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(long id, String action) {
        return jdbc.sql("select count(*) from hazard_step where hazard_id = ? and action = ?").params(id, action)
                .query(Long.class).single();
    }

    private static String find(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("pattern " + pattern + " in page").isTrue();
        return matcher.group(1);
    }

    /** One browser-like session: its own cookies, no redirects followed. */
    private final class Session {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Map<String, String> prepared;

        void signIn(String username) throws Exception {
            String csrf = find(CSRF, get("/login").body());
            HttpResponse<String> answer = post("/login", Map.of("username", username, "password", PASSWORD,
                    "_csrf", csrf));
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
