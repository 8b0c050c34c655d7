package org.gridwatch.tip;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** One access-log row: a supervisor saw a tip's sealed source. Only ever inserted (the table refuses changes). */
@Entity
@Audited
@Table(name = "tip_source_reveal")
class TipReveal {

    static final int REASON_MIN = 4;
    static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long tipId;

    private long revealedBy;

    private String revealedByName;

    private Instant revealedAt;

    private String reason;

    protected TipReveal() {
    }

    TipReveal(long tipId, long revealedBy, String revealedByName, Instant revealedAt, String reason) {
        this.tipId = tipId;
        this.revealedBy = revealedBy;
        this.revealedByName = revealedByName;
        this.revealedAt = revealedAt;
        this.reason = reason;
    }

    Long getId() {
        return id;
    }
}
