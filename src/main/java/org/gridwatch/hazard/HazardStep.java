package org.gridwatch.hazard;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** One entry of a hazard's timeline; written once, never changed. */
@Entity
@Audited
@Table(name = "hazard_step")
class HazardStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hazard_id")
    private Hazard hazard;

    @Enumerated(EnumType.STRING)
    private HazardAction action;

    @Enumerated(EnumType.STRING)
    private HazardState fromState;

    @Enumerated(EnumType.STRING)
    private HazardState toState;

    private Instant at;

    private Long byAccountId;

    private Long byPersonId;

    private String byName;

    private String note;

    private LocalDate deadline;

    protected HazardStep() {
    }

    HazardStep(Hazard hazard, HazardAction action, HazardState from, HazardState to, Instant at, HazardActor by,
            String note, LocalDate deadline) {
        this.hazard = hazard;
        this.action = action;
        this.fromState = from;
        this.toState = to;
        this.at = at;
        this.byAccountId = by.accountId();
        this.byPersonId = by.personId();
        this.byName = by.name();
        this.note = note;
        this.deadline = deadline;
    }

    HazardStepView view() {
        return new HazardStepView(action, fromState, toState, at, byName, note, deadline);
    }
}
