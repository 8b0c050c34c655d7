/**
 * Accounts, roles and scopes, sign-in (with throttling) and the security configuration. Other
 * modules read the signed-in user through {@link org.gridwatch.identity.SignedInUser} and manage
 * accounts through {@link org.gridwatch.identity.AccountManagement}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"shared"})
package org.gridwatch.identity;
