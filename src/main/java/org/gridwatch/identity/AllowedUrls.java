package org.gridwatch.identity;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in user may call a URL, answered by the very URL rules of the filter chain
 * ({@link AccessRules}): templates show a link or button with {@code th:if="${@allowedUrls.get('/campaigns/new')}"}
 * or {@code ${@allowedUrls.post('/campaigns')}}, so what a page offers and what its URL answers agree by
 * construction. The rules depend on the roles only, never on a record's id, so answers are kept per set of
 * authorities and URL with its numeric segments folded ({@code /areas/17/edit} and {@code /areas/18/edit} share an
 * answer): the menu, which renders on every page, costs a map look-up per link. Whether a record is in the user's
 * scope is not a role rule; pages decide that themselves.
 */
@Component
public class AllowedUrls {

    /** Enough for every fixed URL of every menu and page for every combination of roles in use. */
    private static final int MAX_ANSWERS = 4096;
    private static final Pattern RECORD_ID = Pattern.compile("/\\d+(?=/|$)");

    private final ObjectProvider<WebInvocationPrivilegeEvaluator> evaluator;
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

    AllowedUrls(ObjectProvider<WebInvocationPrivilegeEvaluator> evaluator) {
        this.evaluator = evaluator;
    }

    /** May the current user GET this URL (a path without the context path, no query)? */
    public boolean get(String url) {
        return allowed("GET", url);
    }

    /** May the current user POST to this URL? */
    public boolean post(String url) {
        return allowed("POST", url);
    }

    /** Is the current user in this {@link RoleSet} (by name), for what pages show that is not a URL? */
    public boolean in(String roleSet) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        Set<String> held = authorities(authentication);
        return RoleSet.valueOf(roleSet).roles().stream().map(Role::authority).anyMatch(held::contains);
    }

    private boolean allowed(String method, String url) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        String key = new TreeSet<>(authorities(authentication)) + " " + method + " "
                + RECORD_ID.matcher(url).replaceAll("/#");
        Boolean known = answers.get(key);
        if (known != null) {
            return known;
        }
        boolean allowed = evaluator.getObject().isAllowed("", url, method, authentication);
        if (answers.size() < MAX_ANSWERS) {
            answers.put(key, allowed);
        }
        return allowed;
    }

    private static Set<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }
}
