package org.gridwatch.duty;

import java.util.List;

/**
 * One grid's duty team today and its status; {@code missing} names the roles without anyone
 * (RESPONSIBLE_OFFICER, AUXILIARY, LIAISON) — empty when covered.
 */
public record GridCoverage(long gridId, String gridCode, String gridName, long communityId, String communityName,
        long stationId, String stationName, String officer, List<String> auxiliaries, String liaison, String channel,
        Long channelVersion, CoverageStatus status, List<DutyRole> missing) {
}
