package org.gridwatch.dispute;

/** What a step of a dispute's timeline was: a transition, a session, a team change or a duty handover. */
public enum StepKind {
    REPORTED, EDITED, ACCEPTED, MEDIATING, SESSION, RESOLVED, REFERRED, ESCALATED, CLOSED, TEAM_ADDED,
    TEAM_REMOVED, HANDED_OVER;

    public String labelKey() {
        return "dispute.step." + name();
    }
}
