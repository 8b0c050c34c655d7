package org.gridwatch.outreach;

/**
 * A publicity event as entered: where it was held is a place of the record's grid, a free-text venue, or both
 * (at least one of them).
 */
public record PublicityData(FieldFacts facts, PublicityTopic topic, String title, Long placeId, String venue,
        int audienceSize) {
}
