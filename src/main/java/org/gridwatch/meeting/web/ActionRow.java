package org.gridwatch.meeting.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.gridwatch.meeting.ActionItemData;
import org.springframework.validation.Errors;
import org.springframework.format.annotation.DateTimeFormat;

/** One action item row of a form: text, owner (person or unit, from one picker) and due day. */
public class ActionRow {

    @Size(max = 500)
    private String text;

    @Size(max = 40)
    private String owner;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;

    public ActionRow() {
    }

    ActionRow(String text, String owner, LocalDate dueOn) {
        this.text = text;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    boolean isBlank() {
        return (text == null || text.isBlank()) && (owner == null || owner.isBlank()) && dueOn == null;
    }

    /** A row that is not blank needs all three; {@code prefix} is e.g. "items[1]." or "". */
    void validate(Errors errors, String prefix) {
        if (!errors.hasFieldErrors(prefix + "text") && (text == null || text.isBlank())) {
            errors.rejectValue(prefix + "text", "NotBlank");
        }
        if (!errors.hasFieldErrors(prefix + "owner") && OwnerRef.parse(owner).isEmpty()) {
            errors.rejectValue(prefix + "owner", owner == null || owner.isBlank() ? "meeting.owner.required"
                    : "meeting.owner.invalid");
        }
        if (!errors.hasFieldErrors(prefix + "dueOn") && dueOn == null) {
            errors.rejectValue(prefix + "dueOn", "NotNull");
        }
    }

    ActionItemData toData() {
        Optional<OwnerRef> ref = OwnerRef.parse(owner);
        return new ActionItemData(text, ref.map(OwnerRef::personId).orElse(null),
                ref.map(OwnerRef::partnerUnitId).orElse(null), dueOn);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
