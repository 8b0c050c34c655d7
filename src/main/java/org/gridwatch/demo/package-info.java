/**
 * Demo data modelled on the 经开分局 article (docs/design.md §9): the territory, people, duty assignments with a few
 * deliberate coverage gaps, link channels and demo accounts for every role. Loaded once, at start-up, into an
 * embedded database that has no areas yet; deterministic (fixed seed).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"area", "campaign", "dispute", "duty", "fieldwork", "hazard", "identity", "meeting", "outreach", "partybuilding", "patrol", "people", "place", "rating", "shared", "stats", "tip", "visit"})
package org.gridwatch.demo;
