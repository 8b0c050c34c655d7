/**
 * Party-building leadership (党建引领): party branches (党支部) of stations, communities and partner units with
 * their members (membership is a person's party-member flag, at most one branch each), joint building
 * agreements between branches (支部共建/结对共建), joint activities (主题党日, 联建活动, 志愿服务) counted per
 * agreement and per area, and pioneer posts (党员先锋岗/示范岗) of party-member officers and auxiliaries in grids,
 * shown on the grid's duty card. A branch is in scope by its area or its partner unit's home station; agreements
 * and activities by any of their branches. Other modules read through
 * {@link org.gridwatch.partybuilding.PartyBuildingDirectory} and write through
 * {@link org.gridwatch.partybuilding.PartyBuildingManagement}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Party building",
        allowedDependencies = {"area", "audit", "fieldwork", "identity", "people", "photo", "place", "shared"})
package org.gridwatch.partybuilding;
