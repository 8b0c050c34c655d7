package org.gridwatch.tip;

/** Who gave the tip; an anonymous source has no identity to seal. */
public enum TipSourceKind {
    GRID_WORKER, VOLUNTEER, RESIDENT, ANONYMOUS;

    public boolean hasIdentity() {
        return this != ANONYMOUS;
    }

    public String labelKey() {
        return "tip.sourceKind." + name();
    }
}
