package org.gridwatch.rating;

import org.gridwatch.fieldwork.RecordKind;
import org.springframework.modulith.NamedInterface;

/** The rules of the "三零" rating, each about one kind of case; the text shown beside a result is {@link #textKey()}. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public enum RatingRule {
    /** No dispute of the community past a stage's due date (acceptance, resolution, call-back) during the month. */
    NO_DISPUTE_OVERDUE(RecordKind.DISPUTE),
    /** No hazard of the community left unrectified past its notice's deadline during the month. */
    NO_HAZARD_OVERDUE(RecordKind.HAZARD),
    /** No dispute of the community escalated beyond the grid's team (to the station or branch) in the month. */
    NO_ESCALATION(RecordKind.DISPUTE);

    private final RecordKind kind;

    RatingRule(RecordKind kind) {
        this.kind = kind;
    }

    public RecordKind kind() {
        return kind;
    }

    public String textKey() {
        return "rating.rule." + name();
    }

    public String shortKey() {
        return "rating.rule.short." + name();
    }
}
