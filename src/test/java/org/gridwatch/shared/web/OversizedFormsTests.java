package org.gridwatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gridwatch.ServerIntegrationTest;
import org.gridwatch.TestAccounts;
import org.gridwatch.TestTerritory;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Large multipart forms through the real servlet container, which parses them (MockMvc does not): a supervisor's
 * form with a part per person of a station or a branch is saved; a form past a limit, or a field of megabytes,
 * gets the translated "too large" page, never a server error, and leaves no stack trace in the log.
 */
@ServerIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OversizedFormsTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String THREE_MEGABYTES = "x".repeat(3 * 1024 * 1024);

    @LocalServerPort int port;
    @Value("${server.tomcat.max-part-count}") int maxPartCount;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;

    final HttpClient http = HttpClient.newHttpClient();

    TestTerritory t;
    SignedInUser supervisor;
    long person;

    @BeforeEach
    void territory() {
        t = TestTerritory.create(jdbc);
        supervisor = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        person = jdbc.sql("""
                insert into person (kind, name, phone, home_area_id, created_at, updated_at)
                values ('OFFICER', ?, '13900000000', ?, now(), now()) returning id
                """).params("大表单民警" + t.suffix, t.communityA).query(Long.class).single();
    }

    @Test
    void aSupervisorsTipWithAPartPerPersonOfTheBranchIsSaved(CapturedOutput log) throws Exception {
        Session session = signIn(supervisor.getUsername(), "test-password-1");
        List<String[]> parts = tip("二百个部分" + t.suffix, session);
        while (parts.size() < 200) {
            parts.add(new String[] {"_personIds", "on"});
        }
        HttpResponse<String> saved = postMultipart("/tips", session, parts);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).matches(".*/tips/\\d+"));
        assertThat(log.getOut() + log.getErr()).doesNotContain("FileCountLimitExceeded");
    }

    @Test
    void aFormWithMorePartsThanTheLimitGetsTheTranslatedTooLargePage(CapturedOutput log) throws Exception {
        Session session = signIn(supervisor.getUsername(), "test-password-1");
        List<String[]> parts = tip("太多部分" + t.suffix, session);
        while (parts.size() <= maxPartCount) {
            parts.add(new String[] {"_personIds", "on"});
        }
        int before = log.length();
        HttpResponse<String> answer = postMultipart("/tips", session, parts);
        assertTooLargePage(answer, "提交的内容过大");
        assertQuietLog(log.toString().substring(before));
    }

    @Test
    void aThreeMegabyteFieldOnTheAnonymousSignInFormGetsTheTranslatedTooLargePage(CapturedOutput log) throws Exception {
        Session anonymous = openLogin();
        int before = log.length();
        HttpResponse<String> answer = postMultipart("/login", anonymous, new ArrayList<>(List.of(
                new String[] {"_csrf", anonymous.csrf()}, new String[] {"username", THREE_MEGABYTES},
                new String[] {"password", "x"})));
        assertTooLargePage(answer, "提交的内容过大");
        assertQuietLog(log.toString().substring(before));
    }

    @Test
    void threeMegabytesOfNotesOnATipGetTheTooLargePageInTheUsersLanguage(CapturedOutput log) throws Exception {
        Session session = signIn(supervisor.getUsername(), "test-password-1");
        List<String[]> parts = tip("长备注" + t.suffix, session);
        parts.add(new String[] {"notes", THREE_MEGABYTES});
        int before = log.length();
        Session english = new Session(session.cookie() + "; gridwatch-lang=en", session.csrf());
        HttpResponse<String> answer = postMultipart("/tips", english, parts);
        assertTooLargePage(answer, "Too large to accept");
        assertQuietLog(log.toString().substring(before));
    }

    private List<String[]> tip(String content, Session session) {
        String occurred = LocalDateTime.now(ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
        return new ArrayList<>(List.of(
                new String[] {"_csrf", session.csrf()},
                new String[] {"category", "TELECOM_FRAUD"},
                new String[] {"content", content},
                new String[] {"sourceKind", "RESIDENT"},
                new String[] {"sourceName", "报警人"},
                new String[] {"gridId", "" + t.gridA1},
                new String[] {"occurredAt", occurred},
                new String[] {"personIds", "" + person},
                new String[] {"submissionKey", UUID.randomUUID().toString()}));
    }

    private static void assertTooLargePage(HttpResponse<String> answer, String message) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.body()).contains(message).contains("</html>")
                .doesNotContain("Apache Tomcat").doesNotContain("Exception");
    }

    /** At most one WARN line for a refused request, no ERROR and no stack trace: anyone could flood the log. */
    private static void assertQuietLog(String log) {
        assertThat(log).doesNotContain(" ERROR ").doesNotContain("\tat ").doesNotContain("Caused by");
        assertThat(log.lines().filter(l -> l.contains(" WARN "))).hasSizeLessThanOrEqualTo(1);
    }

    record Session(String cookie, String csrf) {
    }

    private Session openLogin() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Session(sessionCookie(login.headers().allValues("Set-Cookie")), csrf(login.body()));
    }

    private Session signIn(String username, String password) throws Exception {
        Session anonymous = openLogin();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Cookie", anonymous.cookie()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password
                        + "&_csrf=" + anonymous.csrf()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        String cookie = sessionCookie(signedIn.headers().allValues("Set-Cookie"));
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri("/tips/new")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        return new Session(cookie, csrf(form.body()));
    }

    private HttpResponse<String> postMultipart(String path, Session session, List<String[]> parts) throws Exception {
        String boundary = "gw" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] part : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part[0] + "\"\r\n\r\n"
                    + part[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Cookie", session.cookie())
                .header("Accept-Language", "zh-CN").header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream().filter(c -> c.startsWith("SESSION=")).map(c -> c.split(";")[0]).findFirst()
                .orElseThrow(() -> new AssertionError("no SESSION cookie in " + setCookies));
    }

    private static String csrf(String html) {
        return html.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
