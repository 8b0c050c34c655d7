package org.gridwatch.dispute;

import org.springframework.modulith.NamedInterface;

/** What a step of a dispute's timeline was: a transition, a session, a team change or a duty handover. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public enum StepKind {
    REPORTED, EDITED, ACCEPTED, MEDIATING, SESSION, RESOLVED, REFERRED, ESCALATED, CLOSED, TEAM_ADDED,
    TEAM_REMOVED, HANDED_OVER;

    public String labelKey() {
        return "dispute.step." + name();
    }
}
