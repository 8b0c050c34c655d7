package org.gridwatch.identity;

import java.time.Instant;
import java.util.Set;

/** A read-only snapshot of an account, without its password hash. */
public record AccountView(Long id, String username, String displayName, Set<Role> roles, Long scopeAreaId,
        boolean enabled, Instant createdAt, Instant updatedAt, Instant lastSignInAt, boolean passwordChangeRequired,
        long version) {
}
