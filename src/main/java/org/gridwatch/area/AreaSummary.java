package org.gridwatch.area;

/** A read-only view of one area, enough for pickers, breadcrumbs and labels. */
public record AreaSummary(long id, String code, String name, AreaType type, Long parentId, String path,
        boolean retired) {
}
