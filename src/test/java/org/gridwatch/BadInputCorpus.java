package org.gridwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sends every field of a form each of a corpus of hostile or malformed values, one field at a time
 * with the others valid, and checks that the answer is never a server error and never echoes markup
 * unescaped. Module tests call {@link #attack} with a valid submission of their form.
 */
public final class BadInputCorpus {

    public static final String SCRIPT = "<script>alert('gw')</script>";

    /** Numbers that bind to a {@code Double} but are no coordinate: every form that takes a point refuses them. */
    public static final List<String> NON_FINITE = List.of("NaN", "Infinity", "-Infinity");

    public static final List<String> VALUES = List.of(
            "",
            " ",
            "x".repeat(10_000),
            SCRIPT,
            "\"><img src=x onerror=alert(1)>",
            "'; drop table account; --",
            "1 OR 1=1",
            "%00",
            "😀🚓🏠",
            "-1",
            "0",
            "99999999999999999999999",
            "1e400",
            "NaN",
            "Infinity",
            "-Infinity",
            "2026-02-30",
            "31/12/2026",
            "2026-13-01T25:61",
            "UNKNOWN_ENUM_VALUE",
            "null");

    private BadInputCorpus() {
    }

    /** Posts {@code validForm} with each field in turn replaced by each corpus value. */
    public static void attack(MockMvc mvc, UserDetails user, String path, Map<String, String> validForm)
            throws Exception {
        for (String field : validForm.keySet()) {
            for (String value : VALUES) {
                Map<String, String> form = new LinkedHashMap<>(validForm);
                form.put(field, value);
                MockHttpServletRequestBuilder request = post(path).with(user(user)).with(csrf());
                form.forEach(request::param);
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                String what = "POST " + path + " with " + field + "=" + abbreviate(value);
                assertThat(response.getStatus()).as(what).isLessThan(500);
                assertThat(response.getContentAsString()).as(what + " echoed markup unescaped")
                        .doesNotContain(SCRIPT).doesNotContain("<img src=x");
                assertWholePage(response, what);
            }
        }
    }

    /**
     * Posts {@code validForm} with the latitude and then the longitude field set to each {@link #NON_FINITE} value:
     * the form must come back whole (a value that cannot be printed once cut pages off mid-render) with the
     * message beside the field ({@code id="<field>-error"}).
     */
    public static void refusesNonFinitePoint(MockMvc mvc, UserDetails user, String path,
            Map<String, String> validForm, String latitudeField, String longitudeField) throws Exception {
        for (String field : List.of(latitudeField, longitudeField)) {
            for (String value : NON_FINITE) {
                Map<String, String> form = new LinkedHashMap<>(validForm);
                form.put(latitudeField, "43.88");
                form.put(longitudeField, "125.35");
                form.put(field, value);
                MockHttpServletRequestBuilder request = post(path).with(user(user)).with(csrf());
                form.forEach(request::param);
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                String what = "POST " + path + " with " + field + "=" + value;
                assertThat(response.getStatus()).as(what).isEqualTo(200);
                assertWholePage(response, what);
                assertThat(response.getContentAsString()).as(what + ": the message beside the field")
                        .contains("id=\"" + field + "-error\"");
            }
        }
    }

    /** A page answered with 200 must be complete: a failure while rendering leaves it cut off. */
    private static void assertWholePage(MockHttpServletResponse response, String what) throws Exception {
        String type = response.getContentType();
        if (response.getStatus() == 200 && type != null && type.startsWith("text/html")) {
            assertThat(response.getContentAsString()).as(what + " cut the page off").contains("</html>");
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
