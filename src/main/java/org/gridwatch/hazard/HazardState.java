package org.gridwatch.hazard;

import org.springframework.modulith.NamedInterface;

/**
 * Where a hazard stands: {@code FOUND → NOTIFIED → RECTIFIED → VERIFIED}, or from RECTIFIED to
 * {@code REOPENED} when the re-inspection fails (then RECTIFIED again). Only VERIFIED is closed.
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public enum HazardState {
    FOUND, NOTIFIED, RECTIFIED, VERIFIED, REOPENED;

    public boolean open() {
        return this != VERIFIED;
    }

    public String labelKey() {
        return "hazard.state." + name();
    }
}
