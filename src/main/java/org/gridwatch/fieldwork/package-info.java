/**
 * What every field record (台账) and case shares: the {@link org.gridwatch.fieldwork.RecordKind kinds}, the
 * {@link org.gridwatch.fieldwork.FieldRecordSaved} event each recording module publishes (the grid and place
 * timelines and, later, the statistics are built from it), finding follow-ups, the list filter, the pickers
 * behind every logging form (grid, people, "use my location"), the "记一笔" entry point, and the shape of an
 * open case with its due state.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Fieldwork",
        allowedDependencies = {"area", "duty", "identity", "people", "place", "shared"})
package org.gridwatch.fieldwork;
