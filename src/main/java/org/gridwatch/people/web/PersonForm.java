package org.gridwatch.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gridwatch.people.MediatorKind;
import org.gridwatch.people.PersonData;
import org.gridwatch.people.PersonDetails;
import org.gridwatch.people.PersonKind;
import org.gridwatch.people.PersonSummary;

/** The person form, for creating (the kind is chosen first) and editing (the kind stays). */
class PersonForm {

    private Long id;

    @NotNull
    private PersonKind kind;

    private MediatorKind mediatorKind;

    @NotBlank
    @Size(max = 60)
    private String name;

    @Size(max = 30)
    @Pattern(regexp = "[0-9+\\- ]*")
    private String phone;

    @NotNull
    private Long homeAreaId;

    @Size(max = 20)
    @Pattern(regexp = "[A-Za-z0-9-]*")
    private String policeNumber;

    @Size(max = 60)
    private String post;

    @Size(max = 60)
    private String accountUsername;

    private boolean active = true;

    private long version;

    private String submissionKey;

    static PersonForm ofKind(PersonKind kind) {
        PersonForm form = new PersonForm();
        form.kind = kind;
        return form;
    }

    static PersonForm of(PersonDetails details, String accountUsername) {
        PersonSummary p = details.person();
        PersonForm form = new PersonForm();
        form.id = p.id();
        form.kind = p.kind();
        form.mediatorKind = p.mediatorKind();
        form.name = p.name();
        form.phone = p.phone();
        form.homeAreaId = p.homeAreaId();
        form.policeNumber = p.policeNumber();
        form.post = p.post();
        form.accountUsername = accountUsername;
        form.active = p.active();
        form.version = details.version();
        return form;
    }

    PersonData toData() {
        return new PersonData(kind, mediatorKind, name, phone, homeAreaId, policeNumber, post, accountUsername, active);
    }

    public boolean isCreating() {
        return id == null;
    }

    public boolean isOfficer() {
        return kind == PersonKind.OFFICER;
    }

    public boolean isMediator() {
        return kind == PersonKind.MEDIATOR;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PersonKind getKind() {
        return kind;
    }

    public void setKind(PersonKind kind) {
        this.kind = kind;
    }

    public MediatorKind getMediatorKind() {
        return mediatorKind;
    }

    public void setMediatorKind(MediatorKind mediatorKind) {
        this.mediatorKind = mediatorKind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getHomeAreaId() {
        return homeAreaId;
    }

    public void setHomeAreaId(Long homeAreaId) {
        this.homeAreaId = homeAreaId;
    }

    public String getPoliceNumber() {
        return policeNumber;
    }

    public void setPoliceNumber(String policeNumber) {
        this.policeNumber = policeNumber;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public String getAccountUsername() {
        return accountUsername;
    }

    public void setAccountUsername(String accountUsername) {
        this.accountUsername = accountUsername;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
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
