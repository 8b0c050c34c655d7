package org.gridwatch.hazard.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.gridwatch.fieldwork.Origin;
import org.gridwatch.hazard.HazardCategory;
import org.gridwatch.hazard.HazardData;
import org.gridwatch.hazard.HazardFoundBy;
import org.gridwatch.hazard.HazardSeverity;
import org.gridwatch.hazard.HazardView;
import org.gridwatch.shared.GeoPoint;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;
import org.gridwatch.shared.web.Latitude;
import org.gridwatch.shared.web.Longitude;

/** The hazard form, for recording (with before-photos) and editing. */
class HazardForm {

    private Long id;

    @NotNull
    private Long gridId;

    private Long placeId;

    /** The phone's position, as the location button left it; anything unreadable is dropped, never an error. */
    @Latitude
    private String lat;

    @Longitude
    private String lon;

    @NotNull
    private HazardCategory category;

    @NotNull
    private HazardSeverity severity;

    @NotBlank
    @Size(max = 2000)
    private String description;

    @NotNull
    private HazardFoundBy foundBy;

    @NotNull
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = {"yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"})
    private LocalDateTime foundAt;

    @Size(max = 100)
    private String responsibleUnit;

    @Size(max = 60)
    private String responsiblePerson;

    @Size(max = 30)
    @Pattern(regexp = "[0-9+\\- ]*")
    private String responsiblePhone;

    private Long ownerPersonId;

    private String origin;

    private List<MultipartFile> photos;

    private long version;

    private String submissionKey;

    static HazardForm of(HazardView hazard, ZoneId zone) {
        HazardForm form = new HazardForm();
        form.id = hazard.id();
        form.gridId = hazard.gridId();
        form.placeId = hazard.placeId();
        form.lat = hazard.lat() == null ? null : String.valueOf(hazard.lat());
        form.lon = hazard.lon() == null ? null : String.valueOf(hazard.lon());
        form.category = hazard.category();
        form.severity = hazard.severity();
        form.description = hazard.description();
        form.foundBy = hazard.foundBy();
        form.foundAt = LocalDateTime.ofInstant(hazard.foundAt(), zone);
        form.responsibleUnit = hazard.responsibleUnit();
        form.responsiblePerson = hazard.responsiblePerson();
        form.responsiblePhone = hazard.responsiblePhone();
        form.ownerPersonId = hazard.ownerPersonId();
        form.origin = hazard.origin();
        form.version = hazard.version();
        return form;
    }

    /** Drops what came from hidden fields and cannot be used (a broken point or origin), instead of complaining. */
    void tidyHiddenFields() {
        Optional<GeoPoint> point = point();
        lat = point.map(p -> String.valueOf(p.latitude())).orElse(null);
        lon = point.map(p -> String.valueOf(p.longitude())).orElse(null);
        Origin parsed = getOriginRecord();
        origin = parsed == null ? null : parsed.text();
    }

    /** The point when both coordinates are numbers on the earth, else none (it came from the phone, not the user). */
    Optional<GeoPoint> point() {
        return GeoPoint.parse(lat, lon);
    }

    HazardData toData(ZoneId zone) {
        Optional<GeoPoint> point = point();
        return new HazardData(gridId, placeId, point.map(GeoPoint::latitude).orElse(null),
                point.map(GeoPoint::longitude).orElse(null), category, severity, description, foundBy,
                foundAt.atZone(zone).toInstant(), responsibleUnit, responsiblePerson, responsiblePhone,
                Origin.parse(origin).orElse(null));
    }

    /** The origin this form was opened from, if it is one (for the banner and the link back). */
    public Origin getOriginRecord() {
        return Origin.parse(origin).orElse(null);
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

    public Long getPlaceId() {
        return placeId;
    }

    public void setPlaceId(Long placeId) {
        this.placeId = placeId;
    }

    public String getLat() {
        return lat;
    }

    public void setLat(String lat) {
        this.lat = lat;
    }

    public String getLon() {
        return lon;
    }

    public void setLon(String lon) {
        this.lon = lon;
    }

    public HazardCategory getCategory() {
        return category;
    }

    public void setCategory(HazardCategory category) {
        this.category = category;
    }

    public HazardSeverity getSeverity() {
        return severity;
    }

    public void setSeverity(HazardSeverity severity) {
        this.severity = severity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public HazardFoundBy getFoundBy() {
        return foundBy;
    }

    public void setFoundBy(HazardFoundBy foundBy) {
        this.foundBy = foundBy;
    }

    public LocalDateTime getFoundAt() {
        return foundAt;
    }

    public void setFoundAt(LocalDateTime foundAt) {
        this.foundAt = foundAt;
    }

    public String getResponsibleUnit() {
        return responsibleUnit;
    }

    public void setResponsibleUnit(String responsibleUnit) {
        this.responsibleUnit = responsibleUnit;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public String getResponsiblePhone() {
        return responsiblePhone;
    }

    public void setResponsiblePhone(String responsiblePhone) {
        this.responsiblePhone = responsiblePhone;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public void setOwnerPersonId(Long ownerPersonId) {
        this.ownerPersonId = ownerPersonId;
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
