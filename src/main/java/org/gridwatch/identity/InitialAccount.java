package org.gridwatch.identity;

/** An account just opened with a generated initial password: the only time the password is known in clear. */
public record InitialAccount(AccountView account, String initialPassword) {
}
