/**
 * The pages after sign-in: an officer's or auxiliary's own day (their grids, open cases and action items, their
 * figures; supervisors and administrators with an area go on to the dashboard) and the overdue list of a scope.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Home",
        allowedDependencies = {"area", "dispute", "duty", "fieldwork", "hazard", "identity", "meeting", "shared", "stats"})
package org.gridwatch.home;
