package org.gridwatch.outreach.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.gridwatch.outreach.FieldFacts;
import org.gridwatch.outreach.RecordFacts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import org.gridwatch.shared.web.Latitude;
import org.gridwatch.shared.web.Longitude;

/** The fields every outreach form has; each kind's form adds its own. */
abstract class OutreachForm {

    static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm";

    private Long id;

    @NotNull
    private Long gridId;

    @NotNull
    @DateTimeFormat(pattern = DATE_TIME, fallbackPatterns = {"yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"})
    private LocalDateTime occurredAt;

    @NotEmpty
    @Size(max = 100)
    private List<Long> personIds = new ArrayList<>();

    @Size(max = 2000)
    private String notes;

    @Latitude
    private Double lat;

    @Longitude
    private Double lon;

    @Positive
    private Long campaignId;

    private List<MultipartFile> photos = new ArrayList<>();

    private long version;

    private String submissionKey;

    /** A new record's defaults: now (to the minute), the user's grid and the user's own person. */
    void startNew(Long defaultGrid, Long me, Instant now, ZoneId zone, String key) {
        this.gridId = defaultGrid;
        this.occurredAt = LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES);
        if (me != null) {
            this.personIds = new ArrayList<>(List.of(me));
        }
        this.submissionKey = key;
    }

    void fill(RecordFacts facts, ZoneId zone) {
        this.id = facts.id();
        this.gridId = facts.gridId();
        this.occurredAt = LocalDateTime.ofInstant(facts.occurredAt(), zone);
        this.personIds = new ArrayList<>(facts.personIds());
        this.notes = facts.notes();
        this.lat = facts.lat();
        this.lon = facts.lon();
        this.campaignId = facts.campaignId();
        this.version = facts.version();
    }

    FieldFacts facts(ZoneId zone) {
        return new FieldFacts(gridId, occurredAt.atZone(zone).toInstant(), personIds, notes, lat, lon, campaignId);
    }

    /** Rules a field can break on its own, checked before the facade's (which know the scope). */
    void validate(Errors errors, Instant now, ZoneId zone) {
        if (occurredAt != null && !errors.hasFieldErrors("occurredAt")
                && occurredAt.atZone(zone).toInstant().isAfter(now.plus(15, ChronoUnit.MINUTES))) {
            errors.rejectValue("occurredAt", "outreach.occurredAt.future");
        }
        if (personIds.contains(null) && !errors.hasFieldErrors("personIds")) {
            errors.rejectValue("personIds", "outreach.people.outsideScope");
        }
        boolean refused = errors.hasFieldErrors("lat") || errors.hasFieldErrors("lon");
        if (refused || !validPoint()) {
            // The point is hidden (filled by "use my location"): say so beside the grid picker, and drop it.
            // NaN and Infinity already have their message there (@Latitude, @Longitude).
            if (!refused && !errors.hasFieldErrors("gridId")) {
                errors.rejectValue("gridId", "outreach.point.invalid");
            }
            lat = null;
            lon = null;
        }
    }

    private boolean validPoint() {
        if (lat == null || lon == null) {
            return lat == null && lon == null;
        }
        return Double.isFinite(lat) && Double.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getGridId() {
        return gridId;
    }

    public void setGridId(Long gridId) {
        this.gridId = gridId;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public List<Long> getPersonIds() {
        return personIds;
    }

    public void setPersonIds(List<Long> personIds) {
        this.personIds = personIds == null ? new ArrayList<>() : personIds;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Double getLat() {
        return lat;
    }

    public void setLat(Double lat) {
        this.lat = lat;
    }

    public Double getLon() {
        return lon;
    }

    public void setLon(Double lon) {
        this.lon = lon;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public List<MultipartFile> getPhotos() {
        return photos;
    }

    public void setPhotos(List<MultipartFile> photos) {
        this.photos = photos == null ? new ArrayList<>() : photos;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** Idempotency key of a create form (see FormSubmissions): a resend creates nothing twice. */
    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }
}
