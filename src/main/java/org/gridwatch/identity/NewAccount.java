package org.gridwatch.identity;

import java.util.Set;

/** What it takes to open an account. */
public record NewAccount(String username, String displayName, String password, Set<Role> roles, Long scopeAreaId) {
}
