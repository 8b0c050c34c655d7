package org.gridwatch.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account whose password someone else chose (an initial password, an administrator's reset) reaches nothing
 * but the change-password page until the user has chosen their own. The flag travels in the session's principal,
 * so this costs no query per request. Not a bean: only the security filter chain runs it.
 */
class PasswordChangeRequired extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/account/password";

    private static final List<String> ALWAYS_OPEN = List.of(CHANGE_PAGE, "/logout", "/login", "/error", "/assets/",
            "/webjars/", "/favicon.ico", "/actuator/health");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && user.passwordChangeRequired() && !alwaysOpen(request)) {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean alwaysOpen(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ALWAYS_OPEN.stream().anyMatch(path::startsWith);
    }
}
