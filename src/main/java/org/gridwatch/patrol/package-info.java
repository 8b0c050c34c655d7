/**
 * Patrols (巡逻): routine, joint with partner units' patrol teams (联合巡查), campaign, school guard (护学岗) and
 * traffic patrols, logged after the fact with their start and end, the grids covered (the first is the home grid,
 * which decides who may see the patrol), the people and partner team members who took part, notes, a point,
 * photos and numbered findings. A finding can be turned into a hazard, dispute or tip; when one is opened from it
 * ({@link org.gridwatch.fieldwork.FindingFollowedUp}) the finding remembers what it became. Every write publishes
 * {@link org.gridwatch.fieldwork.FieldRecordSaved}. Other modules read through {@link PatrolDirectory} and write
 * through {@link PatrolManagement}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Patrols",
        allowedDependencies = {"area", "audit", "fieldwork", "identity", "people", "photo", "place", "shared"})
package org.gridwatch.patrol;
