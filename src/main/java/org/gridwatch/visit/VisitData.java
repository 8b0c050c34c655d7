package org.gridwatch.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the user says about a visit when logging or changing it.
 *
 * @param placeId        the place visited; required unless the kind is OTHER
 * @param learned        what was learned (社情民意), in the words of the officer
 * @param followUpBy     by when the follow-up is due; required when {@code followUpNeeded}
 * @param campaignId     a plain reference to a campaign (专项行动), if the visit belongs to one
 */
public record VisitData(VisitKind kind, long gridId, Long placeId, Instant occurredAt, List<Long> personIds,
        VisitCategory category, String learned, boolean followUpNeeded, LocalDate followUpBy, String notes,
        Double latitude, Double longitude, Long campaignId) {

    public VisitData {
        personIds = personIds == null ? List.of() : personIds.stream().distinct().toList();
    }
}
