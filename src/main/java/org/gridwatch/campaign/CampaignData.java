package org.gridwatch.campaign;

import java.time.LocalDate;
import java.util.List;

/** A campaign as entered: name, period (inclusive), covered areas (each with its subtree), targets, description. */
public record CampaignData(String name, LocalDate startsOn, LocalDate endsOn, List<Long> areaIds,
        List<TargetData> targets, String description) {

    public CampaignData {
        areaIds = areaIds == null ? List.of() : List.copyOf(areaIds);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
