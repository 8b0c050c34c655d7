/**
 * Accounts for the people of the register in bulk: for the people selected on the register or listed in an Excel
 * sheet, with role and scope derived from their kind, post, home area and duty; all or nothing; one-time initial
 * passwords for a printed sheet, to be changed at the first sign-in. Through
 * {@link org.gridwatch.onboarding.AccountsForPeople}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Onboarding",
        allowedDependencies = {"area", "duty", "identity", "people", "shared"})
package org.gridwatch.onboarding;
