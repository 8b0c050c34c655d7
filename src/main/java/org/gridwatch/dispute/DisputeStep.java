package org.gridwatch.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One entry of a dispute's timeline: what happened, when, by whom (null for the system), and a plain-text detail. */
@Embeddable
class DisputeStep {

    private Instant at;

    @Enumerated(EnumType.STRING)
    private StepKind kind;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_name")
    private String actorName;

    private String detail;

    protected DisputeStep() {
    }

    DisputeStep(Instant at, StepKind kind, Long actorAccountId, String actorName, String detail) {
        this.at = at;
        this.kind = kind;
        this.actorAccountId = actorAccountId;
        this.actorName = actorName;
        this.detail = detail == null ? null : cut(detail, 1000);
    }

    StepView view() {
        return new StepView(at, kind, actorName, detail);
    }

    Instant at() {
        return at;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
