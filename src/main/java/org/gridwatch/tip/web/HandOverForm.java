package org.gridwatch.tip.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Handing a verified tip over: to which unit (e.g. 经开分局反诈中心). */
class HandOverForm {

    @NotBlank
    @Size(max = 100)
    private String unit;

    private String version;

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
