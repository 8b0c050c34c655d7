package org.gridwatch.outreach;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.gridwatch.shared.Text;
import org.hibernate.envers.Audited;

/** A publicity event (法律宣讲/专项宣传): its topic and title, where it was held and how many attended. */
@Entity
@Audited
class PublicityEvent extends OutreachRecord {

    @Enumerated(EnumType.STRING)
    private PublicityTopic topic;

    private String title;

    private Long placeId;

    private String venue;

    private int audienceSize;

    @ElementCollection
    @CollectionTable(name = "publicity_event_person", joinColumns = @JoinColumn(name = "publicity_event_id"))
    @Column(name = "person_id")
    private Set<Long> personIds = new HashSet<>();

    protected PublicityEvent() {
    }

    PublicityEvent(PublicityData data, Recorder recorder, Instant now) {
        super(recorder, now);
        change(data, now);
    }

    void change(PublicityData data, Instant now) {
        changeFacts(data.facts(), now);
        this.topic = data.topic();
        this.title = data.title().strip();
        this.placeId = data.placeId();
        this.venue = Text.strippedOrNull(data.venue());
        this.audienceSize = data.audienceSize();
    }

    @Override
    Set<Long> people() {
        return personIds;
    }

    PublicityView view() {
        return new PublicityView(facts(), topic, title, placeId, venue, audienceSize);
    }

    PublicityTopic getTopic() {
        return topic;
    }

    String getTitle() {
        return title;
    }

    Long getPlaceId() {
        return placeId;
    }

    int getAudienceSize() {
        return audienceSize;
    }
}
