package org.gridwatch.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A plain HTTP client for tests against the running server (random port): signs in through the real form
 * with its CSRF token, and sends requests with a session cookie, so sessions live in the database as in use.
 */
final class SignedInHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    SignedInHttp(int port) {
        this.port = port;
    }

    /** Opens the sign-in page, signs in and returns the signed-in session's cookie ({@code SESSION=…}). */
    String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login", null);
        HttpResponse<String> signedIn = post("/login", sessionCookie(page), credentials(username, password,
                csrf(page.body())));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        return sessionCookie(signedIn);
    }

    HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept-Language", "zh-CN");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String cookie, String formBody) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String credentials(String username, String password, String csrf) {
        return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
    }

    static String csrf(String html) {
        return html.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    }

    /** The {@code SESSION=…} pair the response sets. */
    static String sessionCookie(HttpResponse<?> response) {
        return sessionSetCookie(response).split(";")[0];
    }

    /** The whole {@code Set-Cookie} header of the session, with its attributes. */
    static String sessionSetCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers()));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
