package org.gridwatch.partybuilding;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridwatch.shared.web.NotAllowedException;
import org.hibernate.envers.Audited;

/** A joint building agreement (支部共建/结对共建) between two or more party branches. */
@Entity
@Audited
@Table(name = "party_agreement")
class JointAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    private LocalDate signedOn;

    private LocalDate validFrom;

    private LocalDate validTo;

    /** ENDED only when ended explicitly; past {@link #validTo} it reads as ended without a stored change. */
    @Enumerated(EnumType.STRING)
    private AgreementStatus status = AgreementStatus.ACTIVE;

    private LocalDate endedOn;

    @ElementCollection
    @CollectionTable(name = "party_agreement_branch", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "branch_id")
    private Set<Long> branchIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "party_agreement_goal", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    @Column(name = "goal")
    private List<String> goals = new ArrayList<>();

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected JointAgreement() {
    }

    JointAgreement(AgreementData data, Instant now) {
        this.createdAt = now;
        change(data, now);
    }

    void change(AgreementData data, Instant now) {
        this.title = data.title().trim();
        this.signedOn = data.signedOn();
        this.validFrom = data.validFrom();
        this.validTo = data.validTo();
        this.branchIds.retainAll(data.branchIds());
        this.branchIds.addAll(data.branchIds());
        this.goals.clear();
        this.goals.addAll(data.goals());
        this.updatedAt = now;
    }

    /** Ends the agreement on {@code day}; an agreement already ended explicitly cannot be ended again. */
    void end(LocalDate day, Instant now) {
        if (status == AgreementStatus.ENDED) {
            throw new NotAllowedException("agreement " + id + " has already been ended");
        }
        this.status = AgreementStatus.ENDED;
        this.endedOn = day;
        this.updatedAt = now;
    }

    AgreementStatus statusOn(LocalDate day) {
        return status == AgreementStatus.ENDED || validTo.isBefore(day) ? AgreementStatus.ENDED
                : AgreementStatus.ACTIVE;
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    LocalDate getSignedOn() {
        return signedOn;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    LocalDate getValidTo() {
        return validTo;
    }

    LocalDate getEndedOn() {
        return endedOn;
    }

    Set<Long> getBranchIds() {
        return branchIds;
    }

    List<String> getGoals() {
        return goals;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
