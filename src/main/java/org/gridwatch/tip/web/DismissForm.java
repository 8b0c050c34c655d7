package org.gridwatch.tip.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Dismissing a tip: why. */
class DismissForm {

    @NotBlank
    @Size(max = 500)
    private String dismissalReason;

    private String version;

    public String getDismissalReason() {
        return dismissalReason;
    }

    public void setDismissalReason(String dismissalReason) {
        this.dismissalReason = dismissalReason;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
