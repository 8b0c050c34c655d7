/**
 * Visits (走访): an officer's or auxiliary's record of calling on a household, enterprise, venue or school of a
 * grid — the place, what was learned (社情民意) and whether it needs a follow-up — with photos. Publishes
 * {@link org.gridwatch.fieldwork.FieldRecordSaved} on every save, and answers "due to visit" (应访未访): the
 * places whose visit-frequency target has lapsed. Others read through {@link org.gridwatch.visit.VisitDirectory}
 * and write through {@link org.gridwatch.visit.VisitManagement}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Visits",
        allowedDependencies = {"area", "audit", "duty", "fieldwork", "identity", "people", "photo", "place", "shared"})
package org.gridwatch.visit;
