package org.gridwatch.duty;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** The record of one handover: who left, who took over, from when, by whom, how many assignments moved. */
@Entity
@Audited
@Table(name = "duty_handover")
class Handover {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long leaverPersonId;

    private long successorPersonId;

    private LocalDate handoverDate;

    private Long byAccountId;

    private int assignmentCount;

    private Instant createdAt;

    protected Handover() {
    }

    Handover(long leaverPersonId, long successorPersonId, LocalDate handoverDate, Long byAccountId,
            int assignmentCount, Instant now) {
        this.leaverPersonId = leaverPersonId;
        this.successorPersonId = successorPersonId;
        this.handoverDate = handoverDate;
        this.byAccountId = byAccountId;
        this.assignmentCount = assignmentCount;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }
}
