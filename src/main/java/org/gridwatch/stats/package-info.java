/**
 * Statistics: figures per area, day and kind of record, kept from the {@code FieldRecordSaved} events through
 * Spring Modulith's event publication registry (so a crash loses none), rolled up to every level of the area
 * tree, and rebuilt from the records themselves on demand or when empty. The supervision dashboard reads them.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Statistics",
        allowedDependencies = {"area", "dispute", "duty", "fieldwork", "hazard", "identity", "people", "shared", "visit"})
package org.gridwatch.stats;
