package org.gridwatch.patrol.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridwatch.patrol.PatrolData;
import org.gridwatch.patrol.PatrolKind;
import org.gridwatch.patrol.PatrolView;
import org.gridwatch.shared.GeoPoint;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import org.gridwatch.shared.web.Latitude;
import org.gridwatch.shared.web.Longitude;

/** The patrol form, for logging and editing. Dates are local to the branch ({@code datetime-local} inputs). */
class PatrolForm {

    /** Empty finding rows offered below the ones already written. */
    static final int SPARE_FINDING_ROWS = 2;
    static final int NEW_FINDING_ROWS = 3;
    static final int MAX_FINDING_ROWS = 30;

    private Long id;

    @NotNull
    private PatrolKind kind;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime startedAt;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime endedAt;

    @NotNull
    private Long gridId;

    @Size(max = 50)
    private List<Long> otherGridIds = new ArrayList<>();

    @NotEmpty
    @Size(max = 200)
    private List<Long> personIds = new ArrayList<>();

    @Size(max = 50)
    private List<Long> partnerTeamIds = new ArrayList<>();

    /** "teamId:name" of each partner team member who took part. */
    @Size(max = 300)
    private List<String> partnerMembers = new ArrayList<>();

    @Size(max = 2000)
    private String notes;

    /** Filled by "use my location"; text so that a mangled value is dropped with a note, not stuck in the form. */
    @Latitude
    private String lat;

    @Longitude
    private String lon;

    @Positive
    private Long campaignId;

    @Valid
    private List<FindingRow> findings = new ArrayList<>();

    private List<MultipartFile> photos = new ArrayList<>();

    private long version;

    private String submissionKey;

    /** A new form: a patrol that ended now and took an hour. */
    static PatrolForm fresh(LocalDateTime now, Long gridId, Long me, String submissionKey) {
        PatrolForm form = new PatrolForm();
        form.kind = PatrolKind.ROUTINE;
        form.endedAt = now.truncatedTo(ChronoUnit.MINUTES);
        form.startedAt = form.endedAt.minusHours(1);
        form.gridId = gridId;
        if (me != null) {
            form.personIds.add(me);
        }
        form.submissionKey = submissionKey;
        form.spareFindingRows(NEW_FINDING_ROWS);
        return form;
    }

    static PatrolForm of(PatrolView patrol, ZoneId zone) {
        PatrolForm form = new PatrolForm();
        form.id = patrol.id();
        form.kind = patrol.kind();
        form.startedAt = LocalDateTime.ofInstant(patrol.startedAt(), zone);
        form.endedAt = LocalDateTime.ofInstant(patrol.endedAt(), zone);
        form.gridId = patrol.gridId();
        form.otherGridIds = new ArrayList<>(patrol.gridIds().subList(1, patrol.gridIds().size()));
        form.personIds = new ArrayList<>(patrol.personIds());
        for (PatrolView.TeamOnPatrol team : patrol.partnerTeams()) {
            form.partnerTeamIds.add(team.teamId());
            team.members().forEach(m -> form.partnerMembers.add(team.teamId() + ":" + m));
        }
        form.notes = patrol.notes();
        form.lat = patrol.latitude() == null ? null : patrol.latitude().toString();
        form.lon = patrol.longitude() == null ? null : patrol.longitude().toString();
        form.campaignId = patrol.campaignId();
        patrol.findings().forEach(f -> form.findings.add(new FindingRow(f.number(), f.text())));
        form.spareFindingRows(SPARE_FINDING_ROWS);
        form.version = patrol.version();
        return form;
    }

    /** Adds empty rows for more findings (the page shows one text box per row). */
    void spareFindingRows(int count) {
        for (int i = 0; i < count && findings.size() < MAX_FINDING_ROWS; i++) {
            findings.add(new FindingRow());
        }
    }

    /**
     * Rules between fields, reported beside the field; drops partner choices of a patrol that is not joint (the
     * page hides them then) and a point that is not a point.
     */
    void validate(Errors errors) {
        if (startedAt != null && endedAt != null && !endedAt.isAfter(startedAt)) {
            errors.rejectValue("endedAt", "patrol.endedAt.notAfterStart");
        }
        if (findings.size() > MAX_FINDING_ROWS) {
            errors.rejectValue("findings", "patrol.findings.tooMany", new Object[] {MAX_FINDING_ROWS}, null);
        }
        if (kind != null && !kind.withPartners()) {
            partnerTeamIds.clear();
            partnerMembers.clear();
        }
        Set<Long> teams = new LinkedHashSet<>(partnerTeamIds == null ? List.of() : partnerTeamIds);
        for (String member : partnerMembers) {
            PatrolData.PartnerMember parsed = member(member);
            if (parsed == null) {
                errors.rejectValue("partnerTeamIds", "patrol.partners.invalid");
                break;
            }
            teams.add(parsed.teamId());
        }
        teams.remove(null);
        partnerTeamIds = new ArrayList<>(teams);
        if (kind != null && kind.withPartners() && partnerTeamIds.isEmpty()
                && !errors.hasFieldErrors("partnerTeamIds")) {
            errors.rejectValue("partnerTeamIds", "patrol.partners.required");
        }
        if (point().isEmpty() && (lat != null && !lat.isBlank() || lon != null && !lon.isBlank())) {
            if (!errors.hasFieldErrors("lat") && !errors.hasFieldErrors("lon")) {
                errors.rejectValue("gridId", "patrol.point.invalid");
            }
            lat = null;
            lon = null;
        }
    }

    PatrolData toData(ZoneId zone) {
        List<Long> grids = new ArrayList<>();
        grids.add(gridId);
        otherGridIds.stream().filter(g -> g != null && !g.equals(gridId)).forEach(grids::add);
        Optional<GeoPoint> point = point();
        return new PatrolData(kind, startedAt.atZone(zone).toInstant(), endedAt.atZone(zone).toInstant(),
                grids.stream().distinct().toList(), personIds.stream().filter(p -> p != null).distinct().toList(),
                partnerTeamIds, partnerMembers.stream().map(PatrolForm::member).toList(), notes,
                point.map(GeoPoint::latitude).orElse(null), point.map(GeoPoint::longitude).orElse(null), campaignId,
                findings.stream().map(f -> new PatrolData.FindingEntry(f.getNumber(), f.getText())).toList());
    }

    private static PatrolData.PartnerMember member(String value) {
        int colon = value == null ? -1 : value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            return null;
        }
        try {
            return new PatrolData.PartnerMember(Long.parseLong(value.substring(0, colon)), value.substring(colon + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Optional<GeoPoint> point() {
        return GeoPoint.parse(lat, lon);
    }

    public boolean isCreating() {
        return id == null;
    }

    /** Whether the "more" part of the form (other grids, campaign) should start open. */
    public boolean isMoreOpen() {
        return !otherGridIds.isEmpty() || campaignId != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PatrolKind getKind() {
        return kind;
    }

    public void setKind(PatrolKind kind) {
        this.kind = kind;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(LocalDateTime startedAt) {
        this.startedAt = startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public void setEndedAt(LocalDateTime endedAt) {
        this.endedAt = endedAt;
    }

    public Long getGridId() {
        return gridId;
    }

    public void setGridId(Long gridId) {
        this.gridId = gridId;
    }

    public List<Long> getOtherGridIds() {
        return otherGridIds;
    }

    public void setOtherGridIds(List<Long> otherGridIds) {
        this.otherGridIds = otherGridIds == null ? new ArrayList<>() : otherGridIds;
    }

    public List<Long> getPersonIds() {
        return personIds;
    }

    public void setPersonIds(List<Long> personIds) {
        this.personIds = personIds == null ? new ArrayList<>() : personIds;
    }

    public List<Long> getPartnerTeamIds() {
        return partnerTeamIds;
    }

    public void setPartnerTeamIds(List<Long> partnerTeamIds) {
        this.partnerTeamIds = partnerTeamIds == null ? new ArrayList<>() : partnerTeamIds;
    }

    public List<String> getPartnerMembers() {
        return partnerMembers;
    }

    public void setPartnerMembers(List<String> partnerMembers) {
        this.partnerMembers = partnerMembers == null ? new ArrayList<>() : partnerMembers;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
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

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public List<FindingRow> getFindings() {
        return findings;
    }

    public void setFindings(List<FindingRow> findings) {
        this.findings = findings == null ? new ArrayList<>() : findings;
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

    /** Idempotency key of a new patrol's form (see FormSubmissions): a resend creates nothing twice. */
    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }
}
