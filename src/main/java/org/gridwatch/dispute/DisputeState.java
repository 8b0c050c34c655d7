package org.gridwatch.dispute;

import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * REPORTED → ACCEPTED → MEDIATING → RESOLVED | REFERRED | ESCALATED; RESOLVED and REFERRED → CLOSED after the
 * call-back. A dispute is open until it is CLOSED or ESCALATED (then the station or branch has it).
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
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
