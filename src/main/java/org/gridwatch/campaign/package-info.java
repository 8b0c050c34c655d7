/**
 * Campaigns (专项行动): a named period over areas of the tree with targets (patrols per grid per week, visits,
 * publicity events, hazards rectified…). Field records are tagged through {@link org.gridwatch.fieldwork.CampaignCatalog},
 * which this module implements; a campaign's progress, grids behind target and closing report are read from
 * the statistics.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Campaigns",
        allowedDependencies = {"area", "audit", "fieldwork", "identity", "shared", "stats"})
package org.gridwatch.campaign;
