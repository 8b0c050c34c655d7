/**
 * The "三零" rating: each community is rated per month by stated rules ({@code gridwatch.rating.*}: no dispute past
 * its due date, no hazard left unrectified past its deadline, no dispute escalated to the station or branch),
 * computed from the dispute and hazard modules' live data with the records that break each rule. A SUPERVISOR
 * confirms a month's ratings for an area; a confirmed rating is frozen as a snapshot in this module's tables
 * (later edits of the records leave it unchanged) and audited.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "三零 rating",
        allowedDependencies = {"area", "audit", "dispute", "fieldwork", "hazard", "identity", "shared"})
package org.gridwatch.rating;
