/**
 * Places in grids (重点场所/单位: households, enterprises, venues, schools, markets, hospitals, police
 * offices) and partner units (共建单位) with their patrol teams (巡防队). Scope follows the place's grid and
 * the partner unit's home station. Other modules read through {@link org.gridwatch.place.PlaceDirectory} and
 * {@link org.gridwatch.place.PartnerDirectory}, and write through {@link org.gridwatch.place.PlaceManagement}
 * and {@link org.gridwatch.place.PartnerManagement}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Places and partners",
        allowedDependencies = {"area", "audit", "identity", "shared"})
package org.gridwatch.place;
