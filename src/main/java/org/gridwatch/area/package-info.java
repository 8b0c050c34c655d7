/**
 * The area tree (市局 → 分局 → 派出所 → 社区/村屯 → 网格) and every user's scope within it. Each area
 * keeps a materialised path ({@code /1/4/17/}), so "this area and everything under it" is one
 * indexed prefix match. Other modules read areas and scopes through {@link org.gridwatch.area.AreaDirectory};
 * administrators change the tree (add, edit, move a subtree, retire a grid in favour of its successors)
 * through {@link org.gridwatch.area.AreaManagement}. Grid boundaries are GeoJSON polygons checked with JTS.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Area tree",
        allowedDependencies = {"audit", "identity", "shared"})
package org.gridwatch.area;
