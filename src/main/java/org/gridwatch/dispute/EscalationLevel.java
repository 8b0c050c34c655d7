package org.gridwatch.dispute;

/** Where an escalated dispute goes: the police station or the branch. */
public enum EscalationLevel {
    STATION, BRANCH
}
