package org.gridwatch.outreach;

/** A read-only view of a publicity event. */
public record PublicityView(RecordFacts facts, PublicityTopic topic, String title, Long placeId, String venue,
        int audienceSize) {

    public long id() {
        return facts.id();
    }
}
