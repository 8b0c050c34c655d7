package org.gridwatch.partybuilding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.gridwatch.shared.Text;
import org.hibernate.envers.Audited;

/** A pioneer post (党员先锋岗/示范岗): a party-member officer or auxiliary designated for a grid, dated. */
@Entity
@Audited
@Table(name = "party_pioneer_post")
class PioneerPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private PioneerKind kind;

    private long personId;

    private long gridId;

    private String duty;

    private LocalDate validFrom;

    private LocalDate validTo;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected PioneerPost() {
    }

    PioneerPost(PioneerData data, Instant now) {
        this.createdAt = now;
        change(data, now);
    }

    void change(PioneerData data, Instant now) {
        this.kind = data.kind();
        this.personId = data.personId();
        this.gridId = data.gridId();
        this.duty = Text.trimmedOrNull(data.duty());
        this.validFrom = data.validFrom();
        this.validTo = data.validTo();
        this.updatedAt = now;
    }

    boolean currentOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    Long getId() {
        return id;
    }

    PioneerKind getKind() {
        return kind;
    }

    long getPersonId() {
        return personId;
    }

    long getGridId() {
        return gridId;
    }

    String getDuty() {
        return duty;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    LocalDate getValidTo() {
        return validTo;
    }

    long getVersion() {
        return version;
    }
}
