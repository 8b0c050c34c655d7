package org.gridwatch.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a request whose form Tomcat refuses to parse (more parts than {@code server.tomcat.max-part-count},
 * text fields over {@code server.tomcat.max-http-form-post-size}, a part header too long, a broken body) with
 * our translated 413 or 400 page and one WARN line.
 * <p>
 * Tomcat reports those by throwing from {@code getParameter}, and the first caller is Spring Security's CSRF
 * filter, before any controller advice: the request became a 500 (or Tomcat's own English page) with three ERROR
 * stack traces, and the error page itself failed again on the same parameters. This filter asks for the
 * parameters first, and hides them from the error dispatch that renders the page.
 */
class RefusedParameters extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(RefusedParameters.class);

    private static final String REFUSED = RefusedParameters.class.getName() + ".refused";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR && request.getAttribute(REFUSED) != null) {
            chain.doFilter(new WithoutParameters(request), response);
            return;
        }
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            try {
                request.getParameterNames();
            } catch (IllegalStateException e) {
                // Tomcat's limits raise InvalidParameterException with the status to answer; a form's text past
                // maxPostSize raises a plain IllegalStateException.
                int status = e instanceof InvalidParameterException invalid && invalid.getErrorCode() > 0
                        ? invalid.getErrorCode() : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
                log.warn("Refused {} {} with {}: {}", request.getMethod(), request.getRequestURI(), status,
                        innermost(e));
                request.setAttribute(REFUSED, status);
                response.sendError(status);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String innermost(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + " " + cause.getMessage();
    }

    /** The refused request as the error page sees it: no parameters, no parts. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
