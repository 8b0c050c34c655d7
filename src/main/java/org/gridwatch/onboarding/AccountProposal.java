package org.gridwatch.onboarding;

import org.gridwatch.identity.Role;
import org.gridwatch.people.PersonKind;

/**
 * The account a person would get: username, role and scope as derived (or as a sheet says), or the reason they
 * cannot get one ({@code problem}, a message key; {@code null} when none).
 */
public record AccountProposal(long personId, String name, PersonKind kind, String policeNumber, String home,
        String username, Role role, Long scopeAreaId, String scopeLabel, String problem) {

    public boolean ok() {
        return problem == null;
    }
}
