/** The page a user lands on after signing in; later dashboards fill its body. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Home",
        allowedDependencies = {"area", "dispute", "duty", "fieldwork", "hazard", "identity", "meeting", "shared", "stats"})
package org.gridwatch.home;
