/**
 * Outreach field records (台账): legal consultations (法律咨询), publicity events (法律宣讲/专项宣传) and drills with
 * partner units (演练). The three share what every field record has (grid, time, people, notes, point, photos,
 * campaign tag, who recorded it) in {@link org.gridwatch.outreach.FieldFacts} and one set of rules and list
 * filters; each publishes {@link org.gridwatch.fieldwork.FieldRecordSaved} on every create and change. Other
 * modules read through {@link org.gridwatch.outreach.Consultations}, {@link org.gridwatch.outreach.PublicityEvents},
 * {@link org.gridwatch.outreach.Drills} and the season figures of {@link org.gridwatch.outreach.OutreachStatistics}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Outreach",
        allowedDependencies = {"area", "audit", "fieldwork", "identity", "people", "photo", "place", "shared"})
package org.gridwatch.outreach;
