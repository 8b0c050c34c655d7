/**
 * One grid, one officer, one link (一格一警一连): dated assignments of people to grids as responsible
 * officer, auxiliary or liaison, each grid's police–resident link channel, the coverage board and
 * handovers. The database guarantees at most one responsible officer and one liaison per grid at a time.
 * Other modules read duty through {@link org.gridwatch.duty.DutyDirectory}, change it through
 * {@link org.gridwatch.duty.DutyManagement} and listen to {@link org.gridwatch.duty.DutyHandedOver}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Duty",
        allowedDependencies = {"area", "identity", "people", "shared"})
package org.gridwatch.duty;
