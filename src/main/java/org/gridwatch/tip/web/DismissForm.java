package org.gridwatch.tip.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Dismissing a tip: why. */
class DismissForm {

    @NotBlank
    @Size(max = 500)
    private String reason;

    private String version;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
