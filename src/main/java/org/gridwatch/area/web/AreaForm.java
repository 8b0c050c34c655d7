package org.gridwatch.area.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gridwatch.area.AreaChanges;
import org.gridwatch.area.AreaDetails;
import org.gridwatch.area.AreaType;
import org.gridwatch.area.CommunityKind;
import org.gridwatch.area.NewArea;
import org.springframework.web.multipart.MultipartFile;

/** The area form, for both adding (with type and parent) and editing. The boundary may come as a file. */
class AreaForm {

    private Long id;

    private Long parentId;

    private AreaType type;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[\\p{L}\\p{N}._-]*")
    private String code;

    @NotBlank
    @Size(max = 100)
    private String name;

    private CommunityKind communityKind;

    @PositiveOrZero
    private Integer population;

    @PositiveOrZero
    private Integer households;

    @Size(max = 1_000_000)
    private String boundary;

    private MultipartFile boundaryFile;

    private long version;

    /** Makes the create form idempotent: a resent form returns the area the first one created. */
    private String submissionKey;

    static AreaForm of(AreaDetails area) {
        AreaForm form = new AreaForm();
        form.id = area.id();
        form.parentId = area.parentId();
        form.type = area.type();
        form.code = area.code();
        form.name = area.name();
        form.communityKind = area.communityKind();
        form.population = area.population();
        form.households = area.households();
        form.boundary = area.boundary();
        form.version = area.version();
        return form;
    }

    NewArea toNewArea() {
        return new NewArea(code, name, type, parentId, communityKind, population, households, boundary);
    }

    AreaChanges toChanges() {
        return new AreaChanges(version, code, name, communityKind, population, households, boundary);
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

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public AreaType getType() {
        return type;
    }

    public void setType(AreaType type) {
        this.type = type;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CommunityKind getCommunityKind() {
        return communityKind;
    }

    public void setCommunityKind(CommunityKind communityKind) {
        this.communityKind = communityKind;
    }

    public Integer getPopulation() {
        return population;
    }

    public void setPopulation(Integer population) {
        this.population = population;
    }

    public Integer getHouseholds() {
        return households;
    }

    public void setHouseholds(Integer households) {
        this.households = households;
    }

    public String getBoundary() {
        return boundary;
    }

    public void setBoundary(String boundary) {
        this.boundary = boundary;
    }

    public MultipartFile getBoundaryFile() {
        return boundaryFile;
    }

    public void setBoundaryFile(MultipartFile boundaryFile) {
        this.boundaryFile = boundaryFile;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
