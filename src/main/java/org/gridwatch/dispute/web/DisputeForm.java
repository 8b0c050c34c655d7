package org.gridwatch.dispute.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gridwatch.dispute.DisputeCategory;
import org.gridwatch.dispute.DisputeData;
import org.gridwatch.dispute.DisputeSource;
import org.gridwatch.dispute.DisputeView;
import org.gridwatch.dispute.PartyData;
import org.gridwatch.dispute.ResidentIdNumber;
import org.gridwatch.dispute.RiskLevel;
import org.gridwatch.fieldwork.RecordFilter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.gridwatch.shared.web.Latitude;
import org.gridwatch.shared.web.Longitude;

/** The dispute intake form, for taking a dispute in and for correcting it. */
class DisputeForm {

    /** Rows shown on a new form: most disputes have two parties. */
    static final int STARTING_ROWS = 2;

    private Long id;

    @NotNull
    private Long gridId;

    @Latitude
    private Double lat;

    @Longitude
    private Double lon;

    private Long placeId;

    @NotNull
    private DisputeCategory category;

    @NotNull
    private RiskLevel risk;

    @NotNull
    private DisputeSource source;

    @NotBlank
    @Size(max = DisputeData.DESCRIPTION_LENGTH)
    private String description;

    @NotNull
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
    private LocalDateTime occurredAt;

    @Valid
    private List<PartyForm> parties = new ArrayList<>();

    @Size(max = 60)
    private String origin;

    private long version;

    private String submissionKey;

    static DisputeForm of(DisputeView dispute) {
        DisputeForm form = new DisputeForm();
        form.id = dispute.id();
        form.gridId = dispute.gridId();
        form.placeId = dispute.placeId();
        form.category = dispute.category();
        form.risk = dispute.risk();
        form.source = dispute.source();
        form.description = dispute.description();
        form.occurredAt = LocalDateTime.ofInstant(dispute.occurredAt(), RecordFilter.ZONE);
        dispute.parties().forEach(p -> form.parties.add(PartyForm.of(new PartyData(p.name(), p.phone(), p.idNumber()))));
        form.origin = dispute.origin() == null ? null : dispute.origin().text();
        form.version = dispute.version();
        return form;
    }

    /** At least {@link #STARTING_ROWS} rows, so a new form has room for both sides. */
    void padParties() {
        while (parties.size() < STARTING_ROWS) {
            parties.add(new PartyForm());
        }
    }

    /** Rules across fields, beside the field: names of entered parties, phone and ID number formats. */
    void validate(Errors errors) {
        if (parties.size() > DisputeData.MAX_PARTIES) {
            errors.rejectValue("parties", "dispute.parties.tooMany");
            return;
        }
        boolean any = false;
        for (int i = 0; i < parties.size(); i++) {
            PartyForm party = parties.get(i);
            if (party == null || party.isEmpty()) {
                continue;
            }
            any = true;
            String field = "parties[" + i + "].";
            PartyData data = party.toData();
            if (data.name() == null && !errors.hasFieldErrors(field + "name")) {
                errors.rejectValue(field + "name", "NotBlank");
            }
            if (data.phone() != null && !errors.hasFieldErrors(field + "phone") && !PartyData.validPhone(data.phone())) {
                errors.rejectValue(field + "phone", "dispute.phone.invalid");
            }
            if (data.idNumber() != null && !errors.hasFieldErrors(field + "idNumber")
                    && !ResidentIdNumber.isValid(data.idNumber())) {
                errors.rejectValue(field + "idNumber", "dispute.idNumber.invalid");
            }
        }
        if (!any) {
            errors.rejectValue("parties", "dispute.parties.none");
        }
    }

    DisputeData toData() {
        List<PartyData> entered = parties.stream().filter(p -> p != null && !p.isEmpty()).map(PartyForm::toData)
                .toList();
        return new DisputeData(gridId, placeId, category, risk, source, description == null ? null : description.strip(),
                occurredAt == null ? null : occurredAt.atZone(RecordFilter.ZONE).toInstant(), entered, origin);
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

    public Long getPlaceId() {
        return placeId;
    }

    public void setPlaceId(Long placeId) {
        this.placeId = placeId;
    }

    public DisputeCategory getCategory() {
        return category;
    }

    public void setCategory(DisputeCategory category) {
        this.category = category;
    }

    public RiskLevel getRisk() {
        return risk;
    }

    public void setRisk(RiskLevel risk) {
        this.risk = risk;
    }

    public DisputeSource getSource() {
        return source;
    }

    public void setSource(DisputeSource source) {
        this.source = source;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public List<PartyForm> getParties() {
        return parties;
    }

    public void setParties(List<PartyForm> parties) {
        this.parties = parties;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
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
