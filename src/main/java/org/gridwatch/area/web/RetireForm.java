package org.gridwatch.area.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** Retiring a grid: the grid(s) that take its place and why. */
class RetireForm {

    @NotEmpty
    private List<Long> successorIds = new ArrayList<>();

    @Size(max = 500)
    private String note;

    private long version;

    public List<Long> getSuccessorIds() {
        return successorIds;
    }

    public void setSuccessorIds(List<Long> successorIds) {
        this.successorIds = successorIds;
    }

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
}
