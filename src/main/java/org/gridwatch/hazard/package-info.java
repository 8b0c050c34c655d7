/**
 * Hazards (风险隐患): found at a place or a grid location, a rectification notice with a deadline sent to the
 * responsible unit, the rectification recorded with after-photos, and a re-inspection by another person that
 * verifies it or reopens it with a new deadline. Every stage has a due date ({@code gridwatch.deadlines.hazard.*});
 * lists compute yellow/red in SQL. Other modules read through {@link org.gridwatch.hazard.HazardDirectory}
 * (open cases of a person, the overdue list) and listen to {@link org.gridwatch.hazard.HazardMoved}; open
 * hazards follow a duty handover to the successor.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Hazards",
        allowedDependencies = {"area", "audit", "duty", "fieldwork", "identity", "people", "photo", "place", "shared"})
package org.gridwatch.hazard;
