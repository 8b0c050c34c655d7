package org.gridwatch.outreach;

import java.util.List;

/**
 * A drill as entered: the partner units that took part (one or more), the scenario, and how many of the
 * partners' people took part besides {@link FieldFacts#personIds() ours}.
 */
public record DrillData(FieldFacts facts, List<Long> partnerUnitIds, String scenario, int partnerParticipants) {

    public DrillData {
        partnerUnitIds = partnerUnitIds == null ? List.of() : partnerUnitIds.stream().distinct().toList();
    }
}
