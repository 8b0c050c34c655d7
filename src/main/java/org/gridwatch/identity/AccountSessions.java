package org.gridwatch.identity;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Makes account changes reach the account's live sessions, on every instance (the sessions live in
 * PostgreSQL, indexed by username): a new password or a disabled account ends them; new roles, scope or
 * name replace the principal they hold, so their next request runs as the account now is. Acts only
 * once the change is committed, so a change that rolls back leaves the sessions alone.
 */
@Component
class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Signs the account out everywhere. */
    void endAllAfterCommit(String username) {
        afterCommit(() -> end(username, null));
    }

    /** Signs the account out everywhere but in the session of the current request. */
    void endOthersAfterCommit(String username) {
        String current = currentSessionId();
        afterCommit(() -> end(username, current));
    }

    /** Puts the account as it now is into each of its sessions. */
    void refreshAfterCommit(SignedInUser current) {
        afterCommit(() -> replacePrincipal(sessions, current));
    }

    /** Puts the account as it now is into the session of the current request (and the request itself). */
    void replaceInCurrentAfterCommit(SignedInUser current) {
        afterCommit(() -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities()));
            SecurityContextHolder.setContext(context);
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
                HttpSession session = request.getRequest().getSession(false);
                if (session != null) {
                    session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
                }
            }
        });
    }

    private void end(String username, String keptSessionId) {
        sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keptSessionId))
                .forEach(sessions::deleteById);
    }

    private static <S extends Session> void replacePrincipal(FindByIndexNameSessionRepository<S> repository,
            SignedInUser current) {
        for (S session : repository.findByPrincipalName(current.getUsername()).values()) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities()));
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            repository.save(session);
        }
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
