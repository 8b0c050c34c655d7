package org.gridwatch.tip.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A supervisor's request to see a sealed source: the stated reason goes into the access log. */
class RevealForm {

    @NotBlank
    @Size(min = 4, max = 500)
    private String revealReason;

    public String getRevealReason() {
        return revealReason;
    }

    public void setRevealReason(String revealReason) {
        this.revealReason = revealReason;
    }
}
