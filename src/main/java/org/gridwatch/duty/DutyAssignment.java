package org.gridwatch.duty;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.gridwatch.shared.RejectedInput;
import org.hibernate.envers.Audited;

/** A person on duty in a grid in one role from one date to another (open-ended when {@code validTo} is null). */
@Entity
@Audited
class DutyAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long gridId;

    private long personId;

    @Enumerated(EnumType.STRING)
    private DutyRole role;

    private LocalDate validFrom;

    private LocalDate validTo;

    private String note;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected DutyAssignment() {
    }

    DutyAssignment(long gridId, long personId, DutyRole role, LocalDate validFrom, LocalDate validTo, String note,
            Instant now) {
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo before validFrom");
        }
        this.gridId = gridId;
        this.personId = personId;
        this.role = role;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.note = note;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Ends the assignment on {@code lastDay} (inclusive); it may not end before it began. */
    void endOn(LocalDate lastDay, Instant now) {
        if (lastDay.isBefore(validFrom)) {
            throw new RejectedInput("validTo", "duty.validTo.beforeFrom");
        }
        this.validTo = lastDay;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getGridId() {
        return gridId;
    }

    long getPersonId() {
        return personId;
    }

    DutyRole getRole() {
        return role;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    LocalDate getValidTo() {
        return validTo;
    }

    String getNote() {
        return note;
    }

    long getVersion() {
        return version;
    }
}
