/**
 * Accounts, roles and scopes, sign-in (with throttling) and the security configuration. Other
 * modules read the signed-in user through {@link org.gridwatch.identity.SignedInUser} and manage
 * accounts through {@link org.gridwatch.identity.AccountManagement}.
 */
package org.gridwatch.identity;
