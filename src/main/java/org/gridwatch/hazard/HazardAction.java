package org.gridwatch.hazard;

import org.springframework.modulith.NamedInterface;

/** One entry of a hazard's timeline: a transition, its recording, or a handover to another person. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public enum HazardAction {
    RECORDED, NOTIFIED, RECTIFIED, VERIFIED, REOPENED, HANDED_OVER;

    public String labelKey() {
        return "hazard.action." + name();
    }
}
