package org.gridwatch.campaign;

import java.time.LocalDate;

/** One campaign in the list. */
public record CampaignRow(long id, String name, LocalDate startsOn, LocalDate endsOn, String areaNames,
        CampaignState state) {
}
