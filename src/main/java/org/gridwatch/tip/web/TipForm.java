package org.gridwatch.tip.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gridwatch.fieldwork.Origin;
import org.gridwatch.tip.TipCategory;
import org.gridwatch.tip.TipData;
import org.gridwatch.tip.TipSourceKind;
import org.gridwatch.tip.TipView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import org.gridwatch.shared.web.Latitude;
import org.gridwatch.shared.web.Longitude;

/**
 * The tip form, for creating and editing. On an edit the sealed source fields start empty (the form never shows
 * the stored identity): left empty they keep it, filled they replace it.
 */
class TipForm {

    static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm";

    private Long id;

    @NotNull
    private TipCategory category;

    @NotBlank
    @Size(max = 2000)
    private String content;

    @NotNull
    private TipSourceKind sourceKind;

    @Size(max = 60)
    private String sourceName;

    @Size(max = 60)
    private String sourceContact;

    @NotNull
    private Long gridId;

    @Latitude
    private Double lat;

    @Longitude
    private Double lon;

    @NotNull
    @DateTimeFormat(pattern = DATE_TIME, fallbackPatterns = {"yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"})
    private LocalDateTime occurredAt;

    @NotEmpty
    private List<Long> personIds = new ArrayList<>();

    @Size(max = 1000)
    private String notes;

    @Positive
    private Long campaignId;

    private String origin;

    private List<MultipartFile> photos = new ArrayList<>();

    private long version;

    private String submissionKey;

    static TipForm of(TipView tip, ZoneId zone) {
        TipForm form = new TipForm();
        form.id = tip.id();
        form.category = tip.category();
        form.content = tip.content();
        form.sourceKind = tip.sourceKind();
        form.gridId = tip.gridId();
        form.lat = tip.lat();
        form.lon = tip.lon();
        form.occurredAt = LocalDateTime.ofInstant(tip.occurredAt(), zone);
        form.personIds = new ArrayList<>(tip.personIds());
        form.notes = tip.notes();
        form.campaignId = tip.campaignId();
        form.origin = tip.origin() == null ? null : tip.origin().text();
        form.version = tip.version();
        return form;
    }

    /** Rules between fields, reported beside the field before the facade checks scope and the rest. */
    void validate(Errors errors) {
        boolean halfAPoint = (lat == null) != (lon == null);
        if (halfAPoint && !errors.hasFieldErrors("gridId")) {
            errors.rejectValue("gridId", "tip.point.invalid");
        }
        if (personIds != null && personIds.stream().anyMatch(p -> p == null)) {
            personIds = personIds.stream().filter(p -> p != null).toList();
            if (personIds.isEmpty() && !errors.hasFieldErrors("personIds")) {
                errors.rejectValue("personIds", "NotEmpty");
            }
        }
    }

    TipData toData(ZoneId zone) {
        String originText = origin == null || origin.length() > 40 ? null
                : Origin.parse(origin).map(Origin::text).orElse(null);
        return new TipData(category, content, sourceKind, sourceName, sourceContact, gridId,
                occurredAt.atZone(zone).toInstant(), personIds, notes, lat, lon, campaignId, originText);
    }

    /** The origin, when the form was opened from another record's finding. */
    public Origin getParsedOrigin() {
        return origin == null || origin.length() > 40 ? null : Origin.parse(origin).orElse(null);
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

    public TipCategory getCategory() {
        return category;
    }

    public void setCategory(TipCategory category) {
        this.category = category;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public TipSourceKind getSourceKind() {
        return sourceKind;
    }

    public void setSourceKind(TipSourceKind sourceKind) {
        this.sourceKind = sourceKind;
    }

    public String getSourceName() {
        return sourceName;
    }

    public void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    public String getSourceContact() {
        return sourceContact;
    }

    public void setSourceContact(String sourceContact) {
        this.sourceContact = sourceContact;
    }

    public Long getGridId() {
        return gridId;
    }

    public void setGridId(Long gridId) {
        this.gridId = gridId;
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
        this.personIds = personIds;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public List<MultipartFile> getPhotos() {
        return photos;
    }

    public void setPhotos(List<MultipartFile> photos) {
        this.photos = photos;
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
