package org.gridwatch.meeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Closing an action item: the note (required) and the version the user saw. */
class CloseForm {

    @NotBlank
    @Size(max = 1000)
    private String note;

    private long version;

    /** Where to go back to: "mine", "overdue" or the meeting (anything else). */
    private String from;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }
}
