package org.gridwatch.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in username, or "system" for start-up jobs and demo data. */
class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        ((AuditRevision) revision).setUsername(
                authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName());
    }
}
