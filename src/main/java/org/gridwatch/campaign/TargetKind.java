package org.gridwatch.campaign;

import java.util.Set;
import org.gridwatch.fieldwork.RecordKind;

/**
 * What a campaign target counts. Tagged kinds count the records tagged with the campaign; hazards carry no
 * campaign, so "hazards rectified" counts the hazards found in the campaign's areas in its period that are
 * rectified (or verified) now.
 */
public enum TargetKind {
    PATROL(RecordKind.PATROL, true),
    VISIT(RecordKind.VISIT, true),
    CONSULTATION(RecordKind.CONSULTATION, true),
    PUBLICITY(RecordKind.PUBLICITY, true),
    DRILL(RecordKind.DRILL, true),
    TIP(RecordKind.TIP, true),
    HAZARD_RECTIFIED(RecordKind.HAZARD, false, "hazard.state.RECTIFIED", "hazard.state.VERIFIED");

    private final RecordKind recordKind;
    private final boolean tagged;
    private final Set<String> stateKeys;

    TargetKind(RecordKind recordKind, boolean tagged, String... stateKeys) {
        this.recordKind = recordKind;
        this.tagged = tagged;
        this.stateKeys = Set.of(stateKeys);
    }

    public RecordKind recordKind() {
        return recordKind;
    }

    /** Whether it counts records tagged with the campaign (else all records of its areas and period). */
    public boolean tagged() {
        return tagged;
    }

    /** Whether a record of the kind in the state counts towards the target. */
    public boolean counts(RecordKind kind, String stateKey) {
        return kind == recordKind && (stateKeys.isEmpty() || stateKeys.contains(stateKey));
    }

    public String labelKey() {
        return "campaign.target.kind." + name();
    }
}
