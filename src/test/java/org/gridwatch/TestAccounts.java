package org.gridwatch;

/** Accounts the tests sign in with. */
public final class TestAccounts {

    /** The first admin's password in every test run (set through {@code gridwatch.admin.password}). */
    public static final String ADMIN_PASSWORD = "admin-password-1";

    private TestAccounts() {
    }
}
