package org.gridwatch.identity;

import java.util.Set;

/** An edit of an account by an administrator, made against the version the form was loaded at. */
public record AccountChanges(long version, String displayName, Set<Role> roles, Long scopeAreaId, boolean enabled) {
}
