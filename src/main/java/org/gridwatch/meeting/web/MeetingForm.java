package org.gridwatch.meeting.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridwatch.meeting.ActionItemData;
import org.gridwatch.meeting.MeetingData;
import org.gridwatch.meeting.MeetingKind;
import org.gridwatch.meeting.MeetingView;
import org.gridwatch.shared.RejectedInput;
import org.springframework.validation.Errors;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The joint meeting form. When creating, it carries a few action item rows (blank rows are dropped; "more rows"
 * sends the form back with more, no script needed); when editing, items are managed on the meeting's page.
 */
class MeetingForm {

    static final int BLANK_ROWS = 3;
    static final int MAX_ROWS = 30;
    /** How the facade names a field of the n-th item sent. */
    private static final Pattern SENT_ITEM = Pattern.compile("items\\[(\\d+)]\\.(.+)");

    private Long id;

    @NotNull
    private MeetingKind kind;

    @NotBlank
    @Size(max = 150)
    private String title;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotNull
    private Long areaId;

    private Long workTeamId;

    @Size(max = 500)
    private List<Long> personIds = new ArrayList<>();

    @Size(max = 200)
    private List<Long> partnerUnitIds = new ArrayList<>();

    @Size(max = 4000)
    private String decisions;

    @Valid
    @Size(max = MAX_ROWS)
    private List<ActionRow> items = new ArrayList<>();

    private long version;

    private String submissionKey;

    static MeetingForm of(MeetingView meeting) {
        MeetingForm form = new MeetingForm();
        form.id = meeting.id();
        form.kind = meeting.kind();
        form.title = meeting.title();
        form.heldOn = meeting.heldOn();
        form.areaId = meeting.areaId();
        form.workTeamId = meeting.workTeamId();
        form.personIds = new ArrayList<>(meeting.personIds());
        form.partnerUnitIds = new ArrayList<>(meeting.partnerUnitIds());
        form.decisions = meeting.decisions();
        form.version = meeting.version();
        return form;
    }

    void addBlankRows() {
        for (int i = 0; i < BLANK_ROWS && items.size() < MAX_ROWS; i++) {
            items.add(new ActionRow());
        }
    }

    /** Every row that is not blank needs its text, owner and due day. */
    void validate(Errors errors) {
        if (errors.hasFieldErrors("items")) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            ActionRow row = items.get(i);
            if (row != null && !row.isBlank()) {
                row.validate(errors, "items[" + i + "].");
            }
        }
    }

    /** The rows that are not blank, with their index in {@link #items} (for errors beside the row). */
    List<Integer> filledRows() {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null && !items.get(i).isBlank()) {
                filled.add(i);
            }
        }
        return filled;
    }

    /** A refusal of the n-th item sent, moved to the form row it came from (blank rows are not sent). */
    RejectedInput onFormRows(RejectedInput rejected) {
        Matcher sentItem = SENT_ITEM.matcher(String.valueOf(rejected.field()));
        if (!sentItem.matches()) {
            return rejected;
        }
        int row = filledRows().get(Integer.parseInt(sentItem.group(1)));
        return rejected.at("items[" + row + "]." + sentItem.group(2));
    }

    List<ActionItemData> itemData() {
        return filledRows().stream().map(i -> items.get(i).toData()).toList();
    }

    MeetingData toData() {
        return new MeetingData(kind, title, heldOn, areaId, workTeamId,
                new LinkedHashSet<>(personIds.stream().filter(Objects::nonNull).toList()),
                new LinkedHashSet<>(partnerUnitIds.stream().filter(Objects::nonNull).toList()), decisions);
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

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public Long getWorkTeamId() {
        return workTeamId;
    }

    public void setWorkTeamId(Long workTeamId) {
        this.workTeamId = workTeamId;
    }

    public List<Long> getPersonIds() {
        return personIds;
    }

    public void setPersonIds(List<Long> personIds) {
        this.personIds = personIds == null ? new ArrayList<>() : personIds;
    }

    public List<Long> getPartnerUnitIds() {
        return partnerUnitIds;
    }

    public void setPartnerUnitIds(List<Long> partnerUnitIds) {
        this.partnerUnitIds = partnerUnitIds == null ? new ArrayList<>() : partnerUnitIds;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    public List<ActionRow> getItems() {
        return items;
    }

    public void setItems(List<ActionRow> items) {
        this.items = items == null ? new ArrayList<>() : items;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }
}
