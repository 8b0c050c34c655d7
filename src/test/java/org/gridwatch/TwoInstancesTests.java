package org.gridwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gridwatch.dispute.DisputeDirectory;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.area.AreaScope;
import org.gridwatch.outreach.OutreachFixture;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.place.PartnerManagement;
import org.gridwatch.place.PlaceManagement;
import org.gridwatch.shared.events.OutstandingEvents;
import org.gridwatch.shared.web.FormSubmissions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two instances of Gridwatch, each a whole application with its own Tomcat on its own port, its own caches,
 * scheduler and event listeners, sharing one (new) database, as behind a load balancer: what an operator who
 * scales out would check. Instance A is started first (it migrates the schema), B after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

    static final String PASSWORD = "test-password-1";

    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;
    Http httpA;
    Http httpB;
    JdbcClient jdbc;
    OutreachFixture f;

    @BeforeAll
    void startTwoInstances() {
        long started = System.nanoTime();
        a = new SpringApplicationBuilder(GridwatchApplication.class).initializers(new FreshDatabase())
                .run("--server.port=0", "--spring.main.banner-mode=off");
        long aReady = System.nanoTime();
        String url = a.getEnvironment().getRequiredProperty("spring.datasource.url");
        b = new SpringApplicationBuilder(GridwatchApplication.class)
                .run("--server.port=0", "--spring.main.banner-mode=off", "--spring.datasource.url=" + url);
        System.out.printf("two instances: A started in %d ms (fresh database, migrations), B in %d ms%n",
                (aReady - started) / 1_000_000, (System.nanoTime() - aReady) / 1_000_000);
        httpA = new Http(port(a));
        httpB = new Http(port(b));
        jdbc = a.getBean(JdbcClient.class);
        f = new OutreachFixture(jdbc, a.getBean(AccountManagement.class), a.getBean(UserDetailsService.class),
                a.getBean(PeopleManagement.class), a.getBean(DutyManagement.class), a.getBean(PlaceManagement.class),
                a.getBean(PartnerManagement.class));
    }

    @AfterAll
    void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aUserSignedInOnOneInstanceGoesOnOnTheOtherWithTheSameCookie() throws Exception {
        String session = httpA.signIn("admin", TestAccounts.ADMIN_PASSWORD);

        HttpResponse<String> home = httpB.get("/", session);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("您好，系统管理员！");
        assertThat(httpB.get("/admin/accounts", session).statusCode()).isEqualTo(200);
    }

    @Test
    void aRecordSavedOnOneInstanceIsListedAndCountedOnTheOtherAndAStaleEditThereIsAConflict() throws Exception {
        String session = httpA.signIn(f.supervisorA.getUsername(), PASSWORD);
        String question = "楼上漏水谁负责？" + UUID.randomUUID();
        double savedBefore = metric(httpA.prometheus(), "gridwatch_records_saved_total{kind=\"consultation\"}");

        HttpResponse<String> created = httpA.postForm("/consultations", session, "/consultations/new",
                consultation(question, "先找物业协调。", null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String detail = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        long id = Long.parseLong(detail.replaceAll("\\D", ""));

        // the list is read from the records on every request: B shows it at once
        assertThat(httpB.get("/consultations?area=" + f.t.gridA1, session).body()).contains(question);
        // the dashboard's figures follow the record's event (handled after commit, on A)
        LocalDate today = LocalDate.now(RecordFilter.ZONE);
        String dashboard = "/dashboard?area=" + f.t.stationA + "&period=custom&from=" + today.minusDays(7) + "&to="
                + today;
        long waitFrom = System.nanoTime();
        String shown = Eventually.value(() -> kpi(httpB, dashboard, session, "consultation"), "1"::equals);
        assertThat(shown).isEqualTo("1");
        System.out.printf("two instances: a consultation saved on A was counted on B's dashboard after %d ms%n",
                (System.nanoTime() - waitFrom) / 1_000_000);
        assertThat(metric(httpA.prometheus(), "gridwatch_records_saved_total{kind=\"consultation\"}"))
                .isEqualTo(savedBefore + 1);

        // both open the edit form at version 0; B saves first, so A's save is a stale edit
        String formOnA = httpA.get(detail + "/edit", session).body();
        assertThat(httpB.postForm(detail, session, detail + "/edit",
                consultation(question, "物业已上门查看。", "0")).statusCode()).isEqualTo(302);
        HttpResponse<String> stale = httpA.post(detail, session,
                encode(consultation(question, "请居委会协调。", "0"), Http.csrf(formOnA)));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("select answer from consultation where id = ?").param(id).query(String.class).single())
                .isEqualTo("物业已上门查看。");
    }

    @Test
    void anEventLeftOutstandingIsHandledOnceThoughBothInstancesLookForIt() throws Exception {
        long recordId = -System.nanoTime();
        double handledBefore = handled(httpA) + handled(httpB);
        // Published outside a transaction, the event is registered for the statistics but not handled: as if the
        // instance had stopped between commit and handling. Ten minutes later it is overdue for resubmission.
        a.publishEvent(new FieldRecordSaved(RecordKind.DRILL, recordId, List.of(f.t.gridA2), null,
                java.time.Instant.now(), null, "outreach.drill.type.FIRE", "演练", List.of(), null, null, null));
        assertThat(outstanding()).isEqualTo(1);
        jdbc.sql("update event_publication set publication_date = publication_date - interval '10 minutes', "
                + "last_resubmission_date = last_resubmission_date - interval '10 minutes'").update();

        CompletableFuture<Void> onA = CompletableFuture.runAsync(() -> a.getBean(OutstandingEvents.class).resubmit());
        CompletableFuture<Void> onB = CompletableFuture.runAsync(() -> b.getBean(OutstandingEvents.class).resubmit());
        CompletableFuture.allOf(onA, onB).get();
        b.getBean(OutstandingEvents.class).resubmit(); // once more, after the first has finished

        assertThat(Eventually.value(this::outstanding, n -> n == 0)).isZero();
        assertThat(jdbc.sql("select count(*) from stats_record where kind = 'DRILL' and record_id = ?").param(recordId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(handled(httpA) + handled(httpB)).as("handled once, not once per instance")
                .isEqualTo(handledBefore + 1);
        assertThat(metric(httpB.prometheus(), "gridwatch_events_outstanding")).isZero();
    }

    @Test
    void theHourlyPruningRunsOnOneInstanceOnly() {
        FormSubmissions onA = a.getBean(FormSubmissions.class);
        FormSubmissions onB = b.getBean(FormSubmissions.class);
        jdbc.sql("delete from shedlock where name = 'form-submissions-prune'").update();

        UUID first = oldSubmissionKey();
        onA.prune();
        assertThat(submissionKeys(first)).as("A ran the job").isZero();

        UUID second = oldSubmissionKey();
        onB.prune();
        assertThat(submissionKeys(second)).as("B found this period's run taken and skipped it").isOne();
        long heldSeconds = jdbc.sql("select extract(epoch from lock_until - locked_at)::bigint from shedlock "
                + "where name = 'form-submissions-prune'").query(Long.class).single();
        assertThat(Duration.ofSeconds(heldSeconds)).as("the lock is held for the period").isEqualTo(Duration.ofMinutes(50));
        jdbc.sql("delete from form_submission where submission_key = ?").param(second).update();
    }

    @Test
    void theSignInThrottleCountsFailuresOnBothInstances() throws Exception {
        SignedInUser user = TestTerritory.user(a.getBean(AccountManagement.class), a.getBean(UserDetailsService.class),
                f.t.stationA, Role.OFFICER);
        String admin = httpA.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        double failuresA = metric(httpA.get("/actuator/prometheus", admin).body(), "gridwatch_sign_in_failures_total");
        double failuresB = metric(httpB.get("/actuator/prometheus", admin).body(), "gridwatch_sign_in_failures_total");

        for (Http http : List.of(httpA, httpB, httpA, httpB, httpA)) {
            assertThat(http.attempt(user.getUsername(), "wrong-password-9")).endsWith("/login?error");
        }
        assertThat(httpB.attempt(user.getUsername(), PASSWORD)).as("five failures across both lock the account")
                .endsWith("/login?throttled");
        assertThat(httpA.attempt(user.getUsername(), PASSWORD)).endsWith("/login?throttled");

        assertThat(metric(httpA.get("/actuator/prometheus", admin).body(), "gridwatch_sign_in_failures_total"))
                .isEqualTo(failuresA + 3);
        assertThat(metric(httpB.get("/actuator/prometheus", admin).body(), "gridwatch_sign_in_failures_total"))
                .isEqualTo(failuresB + 2);
    }

    @Test
    void bothInstancesReportTheSameOverdueCasesAndOutbox() throws Exception {
        String admin = httpA.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        long red = a.getBean(DisputeDirectory.class).late(AreaScope.everything()).red();
        for (Http http : List.of(httpA, httpB)) {
            String scraped = http.get("/actuator/prometheus", admin).body();
            assertThat(metric(scraped, "gridwatch_cases_overdue{kind=\"dispute\",level=\"red\"}")).isEqualTo(red);
            assertThat(scraped).contains("gridwatch_cases_overdue{kind=\"hazard\",level=\"yellow\"}",
                    "gridwatch_events_outstanding", "gridwatch_records_saved_total{kind=\"patrol\"}",
                    "gridwatch_events_handled_total{listener=\"figures\"}");
        }
    }

    private Map<String, String> consultation(String question, String answer, String version) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", "PHONE");
        form.put("question", question);
        form.put("answer", answer);
        form.put("answeredById", "" + f.lawyerA);
        form.put("gridId", "" + f.t.gridA1);
        form.put("occurredAt", LocalDateTime.now(RecordFilter.ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES)
                .toString());
        form.put("personIds", "" + f.officerA);
        if (version != null) {
            form.put("version", version);
        }
        return form;
    }

    private static String kpi(Http http, String dashboard, String session, String kind) {
        try {
            return Jsoup.parse(http.get(dashboard, session).body()).select("#kpi-" + kind + " .gw-kpi-value").text();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private double handled(Http http) throws Exception {
        String admin = http.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        return metric(http.get("/actuator/prometheus", admin).body(),
                "gridwatch_events_handled_total{listener=\"figures\"}");
    }

    private long outstanding() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class)
                .single();
    }

    private UUID oldSubmissionKey() {
        UUID key = UUID.randomUUID();
        jdbc.sql("insert into form_submission (submitted_by, submission_key, created_at) values ('', ?, now() - "
                + "interval '2 days')").param(key).update();
        return key;
    }

    private long submissionKeys(UUID key) {
        return jdbc.sql("select count(*) from form_submission where submission_key = ?").param(key).query(Long.class)
                .single();
    }

    /** The value of one sample line of a Prometheus scrape, e.g. {@code name{tag="x"}}. */
    static double metric(String scrape, String sample) {
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(scrape);
        assertThat(value.find()).as("sample %s in the scrape", sample).isTrue();
        return Double.parseDouble(value.group(1));
    }

    private static String encode(Map<String, String> form, String csrf) {
        return form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&")) + "&_csrf=" + csrf;
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Plain HTTP to one instance, with the session cookie passed by hand (as a balancer would pass it on). */
    static final class Http {

        private final HttpClient client = HttpClient.newHttpClient();
        private final int port;

        Http(int port) {
            this.port = port;
        }

        String signIn(String username, String password) throws IOException, InterruptedException {
            HttpResponse<String> page = get("/login", null);
            HttpResponse<String> signedIn = post("/login", sessionCookie(page), "username=" + username + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf(page.body()));
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
            return sessionCookie(signedIn);
        }

        /** Signs in and returns where the sign-in sent the browser. */
        String attempt(String username, String password) throws IOException, InterruptedException {
            HttpResponse<String> page = get("/login", null);
            return post("/login", sessionCookie(page), "username=" + username + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf(page.body()))
                    .headers().firstValue("Location").orElseThrow();
        }

        String prometheus() throws IOException, InterruptedException {
            return get("/actuator/prometheus", signIn("admin", TestAccounts.ADMIN_PASSWORD)).body();
        }

        HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept-Language", "zh-CN");
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Opens {@code formPage} for its CSRF token, then posts the form to {@code path}. */
        HttpResponse<String> postForm(String path, String cookie, String formPage, Map<String, String> form)
                throws IOException, InterruptedException {
            return post(path, cookie, encode(form, csrf(get(formPage, cookie).body())));
        }

        HttpResponse<String> post(String path, String cookie, String body) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookie)
                    .header("Accept-Language", "zh-CN").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        static String csrf(String html) {
            return html.replaceAll("(?s).*?name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        }

        static String sessionCookie(HttpResponse<?> response) {
            return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                    .findFirst().orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers()))
                    .split(";")[0];
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
