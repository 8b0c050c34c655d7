package org.gridwatch.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A breaking record as it read at confirmation. */
@Embeddable
class FrozenBreach {

    @Enumerated(EnumType.STRING)
    private RatingRule rule;

    private String kind;

    private long recordId;

    private String title;

    @Column(name = "at")
    private Instant at;

    protected FrozenBreach() {
    }

    FrozenBreach(Breach breach) {
        this.rule = breach.rule();
        this.kind = breach.rule().kind().name();
        this.recordId = breach.recordId();
        this.title = breach.title().length() > 300 ? breach.title().substring(0, 300) : breach.title();
        this.at = breach.at();
    }

    Breach breach() {
        return new Breach(rule, recordId, title, at);
    }
}
