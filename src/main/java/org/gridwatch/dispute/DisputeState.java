package org.gridwatch.dispute;

import java.util.Set;

/**
 * REPORTED → ACCEPTED → MEDIATING → RESOLVED | REFERRED | ESCALATED; RESOLVED and REFERRED → CLOSED after the
 * call-back. A dispute is open until it is CLOSED or ESCALATED (then the station or branch has it).
 */
public enum DisputeState {
    REPORTED, ACCEPTED, MEDIATING, RESOLVED, REFERRED, ESCALATED, CLOSED;

    public static final Set<DisputeState> OPEN = Set.of(REPORTED, ACCEPTED, MEDIATING, RESOLVED, REFERRED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public String labelKey() {
        return "dispute.state." + name();
    }
}
