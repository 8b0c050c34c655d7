package org.gridwatch.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gridwatch.fieldwork.Satisfaction;

/**
 * What the user says about a visit when logging or changing it.
 *
 * @param placeId        the place visited; required unless the kind is OTHER
 * @param learned        what was learned (社情民意), in the words of the officer
 * @param followUpBy     by when the follow-up is due; required when {@code followUpNeeded}
 * @param campaignId     a plain reference to a campaign (专项行动), if the visit belongs to one
 * @param satisfaction   the resident's verdict on the visit (群众满意度), if asked
 * @param satisfactionComment an optional remark beside the verdict
 */
public record VisitData(VisitKind kind, long gridId, Long placeId, Instant occurredAt, List<Long> personIds,
        VisitCategory category, String learned, boolean followUpNeeded, LocalDate followUpBy, String notes,
        Double latitude, Double longitude, Long campaignId, Satisfaction satisfaction, String satisfactionComment) {

    /** A visit without the resident's verdict. */
    public VisitData(VisitKind kind, long gridId, Long placeId, Instant occurredAt, List<Long> personIds,
            VisitCategory category, String learned, boolean followUpNeeded, LocalDate followUpBy, String notes,
            Double latitude, Double longitude, Long campaignId) {
        this(kind, gridId, placeId, occurredAt, personIds, category, learned, followUpNeeded, followUpBy, notes,
                latitude, longitude, campaignId, null, null);
    }

    public VisitData {
        personIds = personIds == null ? List.of() : personIds.stream().distinct().toList();
    }
}
