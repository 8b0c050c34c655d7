package org.gridwatch.outreach.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import org.gridwatch.outreach.PublicityData;
import org.gridwatch.outreach.PublicityEvents;
import org.gridwatch.outreach.PublicityTopic;
import org.gridwatch.outreach.PublicityView;

/** The publicity event form, for logging and editing. */
class PublicityForm extends OutreachForm {

    @NotNull
    private PublicityTopic topic;

    @NotBlank
    @Size(max = 200)
    private String title;

    private Long placeId;

    @Size(max = 200)
    private String venue;

    @NotNull
    @Min(0)
    @Max(PublicityEvents.MAX_AUDIENCE)
    private Integer audienceSize;

    static PublicityForm of(PublicityView view, ZoneId zone) {
        PublicityForm form = new PublicityForm();
        form.fill(view.facts(), zone);
        form.topic = view.topic();
        form.title = view.title();
        form.placeId = view.placeId();
        form.venue = view.venue();
        form.audienceSize = view.audienceSize();
        return form;
    }

    PublicityData toData(ZoneId zone) {
        return new PublicityData(facts(zone), topic, title, placeId, venue, audienceSize);
    }

    public PublicityTopic getTopic() {
        return topic;
    }

    public void setTopic(PublicityTopic topic) {
        this.topic = topic;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getPlaceId() {
        return placeId;
    }

    public void setPlaceId(Long placeId) {
        this.placeId = placeId;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public Integer getAudienceSize() {
        return audienceSize;
    }

    public void setAudienceSize(Integer audienceSize) {
        this.audienceSize = audienceSize;
    }
}
