/**
 * What every field record (台账) and case shares: the {@link org.gridwatch.fieldwork.RecordKind kinds}, the
 * {@link org.gridwatch.fieldwork.FieldRecordSaved} event each recording module publishes (the grid and place
 * timelines and the statistics are built from it) and the {@link org.gridwatch.fieldwork.FieldRecordSource} it
 * replays for a rebuild, finding follow-ups and origins, the list filter, the pickers behind every logging form
 * (grid, people, campaign, "use my location"), satisfaction, the "记一笔" entry point, the shape of an open case
 * with its due state (yellow, red 督办) and the counts behind the 管事率 ({@link org.gridwatch.fieldwork.HandlingSource}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Fieldwork",
        allowedDependencies = {"area", "duty", "identity", "people", "place", "shared"})
package org.gridwatch.fieldwork;
