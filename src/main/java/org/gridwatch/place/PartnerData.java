package org.gridwatch.place;

import java.util.Set;

/** What a user (or an importer) says about a partner unit: its home station and the grids it covers. */
public record PartnerData(String name, PartnerKind kind, String contactName, String contactPhone, long homeAreaId,
        Set<Long> gridIds) {
}
