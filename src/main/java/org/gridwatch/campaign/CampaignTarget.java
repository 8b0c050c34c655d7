package org.gridwatch.campaign;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One target of a campaign (at most one per kind). */
@Embeddable
class CampaignTarget {

    @Enumerated(EnumType.STRING)
    private TargetKind kind;

    private int amount;

    @Enumerated(EnumType.STRING)
    private TargetUnit unit;

    protected CampaignTarget() {
    }

    CampaignTarget(TargetData data) {
        this.kind = data.kind();
        this.amount = data.amount();
        this.unit = data.unit();
    }

    TargetData data() {
        return new TargetData(kind, amount, unit);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CampaignTarget t && t.kind == kind && t.amount == amount && t.unit == unit;
    }

    /** How the change history shows it, e.g. {@code PATROL 2 PER_GRID_WEEK}. */
    @Override
    public String toString() {
        return kind + " " + amount + " " + unit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, amount, unit);
    }
}
