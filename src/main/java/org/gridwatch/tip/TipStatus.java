package org.gridwatch.tip;

import org.springframework.modulith.NamedInterface;

/**
 * Where a tip stands: {@code RECEIVED → VERIFIED → HANDED_OVER}, or {@code DISMISSED} from either of the first
 * two. Handed-over and dismissed tips are closed: no further change.
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public enum TipStatus {
    RECEIVED, VERIFIED, HANDED_OVER, DISMISSED;

    public boolean isOpen() {
        return this == RECEIVED || this == VERIFIED;
    }

    public boolean canVerify() {
        return this == RECEIVED;
    }

    public boolean canHandOver() {
        return this == VERIFIED;
    }

    public boolean canDismiss() {
        return isOpen();
    }

    public String labelKey() {
        return "tip.status." + name();
    }
}
