package org.gridwatch.campaign;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** One campaign in the list. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record CampaignRow(long id, String name, LocalDate startsOn, LocalDate endsOn, String areaNames,
        CampaignState state) {
}
