package org.gridwatch.hazard;

/** One entry of a hazard's timeline: a transition, its recording, or a handover to another person. */
public enum HazardAction {
    RECORDED, NOTIFIED, RECTIFIED, VERIFIED, REOPENED, HANDED_OVER;

    public String labelKey() {
        return "hazard.action." + name();
    }
}
