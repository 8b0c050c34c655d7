package org.gridwatch.duty.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Hands a leaving person's duty to a successor from a date. */
public class HandoverForm {

    @NotNull
    private Long leaverId;

    @NotNull
    private Long successorId;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    /** The leaver leaves the service: mark them inactive and disable their account. */
    private boolean leaves;

    public boolean isLeaves() {
        return leaves;
    }

    public void setLeaves(boolean leaves) {
        this.leaves = leaves;
    }

    public Long getLeaverId() {
        return leaverId;
    }

    public void setLeaverId(Long leaverId) {
        this.leaverId = leaverId;
    }

    public Long getSuccessorId() {
        return successorId;
    }

    public void setSuccessorId(Long successorId) {
        this.successorId = successorId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
