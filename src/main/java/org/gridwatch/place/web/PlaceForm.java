package org.gridwatch.place.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.gridwatch.place.PlaceData;
import org.gridwatch.place.PlaceKind;
import org.gridwatch.place.PlaceView;
import org.springframework.validation.Errors;
import org.gridwatch.shared.web.Latitude;
import org.gridwatch.shared.web.Longitude;

/** The place form, for creating and editing. */
class PlaceForm {

    private Long id;

    @NotNull
    private PlaceKind kind;

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotBlank
    @Size(max = 200)
    private String address;

    @NotNull
    private Long gridId;

    @Latitude
    private Double latitude;

    @Longitude
    private Double longitude;

    @Size(max = 60)
    private String contactName;

    @Size(max = 30)
    @Pattern(regexp = "[0-9+\\- ]*")
    private String contactPhone;

    @Positive
    private Integer visitEveryDays;

    @Size(max = 1000)
    private String notes;

    private long version;

    private String submissionKey;

    static PlaceForm of(PlaceView place) {
        PlaceForm form = new PlaceForm();
        form.id = place.id();
        form.kind = place.kind();
        form.name = place.name();
        form.address = place.address();
        form.gridId = place.gridId();
        form.latitude = place.latitude();
        form.longitude = place.longitude();
        form.contactName = place.contactName();
        form.contactPhone = place.contactPhone();
        form.visitEveryDays = place.visitEveryDays();
        form.notes = place.notes();
        form.version = place.version();
        return form;
    }

    /** Rules between fields, reported beside the field (ranges, NaN and Infinity: {@link Latitude}, {@link Longitude}). */
    void validate(Errors errors) {
        if (!errors.hasFieldErrors("latitude") && !errors.hasFieldErrors("longitude")
                && (latitude == null) != (longitude == null)) {
            errors.rejectValue(latitude == null ? "latitude" : "longitude", "place.point.both");
        }
    }

    PlaceData toData() {
        return new PlaceData(kind, name, address, gridId, latitude, longitude, contactName, contactPhone,
                visitEveryDays, notes);
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

    public PlaceKind getKind() {
        return kind;
    }

    public void setKind(PlaceKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Long getGridId() {
        return gridId;
    }

    public void setGridId(Long gridId) {
        this.gridId = gridId;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public Integer getVisitEveryDays() {
        return visitEveryDays;
    }

    public void setVisitEveryDays(Integer visitEveryDays) {
        this.visitEveryDays = visitEveryDays;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
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
