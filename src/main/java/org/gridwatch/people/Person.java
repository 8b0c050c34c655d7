package org.gridwatch.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;

@Entity
@Audited
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private PersonKind kind;

    @Enumerated(EnumType.STRING)
    private MediatorKind mediatorKind;

    private String name;

    private String phone;

    /** The station or community the person belongs to; scope checks use it. */
    private long homeAreaId;

    /** 警号, officers only; unique. */
    private String policeNumber;

    /** 所长, 副所长, 社区民警, … */
    private String post;

    private Long accountId;

    private boolean active = true;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Person() {
    }

    Person(PersonKind kind, MediatorKind mediatorKind, String name, String phone, long homeAreaId,
            String policeNumber, String post, Long accountId, Instant now) {
        this.kind = kind;
        this.createdAt = now;
        change(mediatorKind, name, phone, homeAreaId, policeNumber, post, accountId, true, now);
    }

    void change(MediatorKind mediatorKind, String name, String phone, long homeAreaId, String policeNumber,
            String post, Long accountId, boolean active, Instant now) {
        this.mediatorKind = kind == PersonKind.MEDIATOR ? mediatorKind : null;
        this.name = name;
        this.phone = phone;
        this.homeAreaId = homeAreaId;
        this.policeNumber = kind == PersonKind.OFFICER ? policeNumber : null;
        this.post = post;
        this.accountId = accountId;
        this.active = active;
        this.updatedAt = now;
    }

    void linkAccount(long accountId, Instant now) {
        this.accountId = accountId;
        this.updatedAt = now;
    }

    /** Left the service: no longer offered for duty. */
    void leave(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    Long getAccountId() {
        return accountId;
    }

    PersonSummary summary() {
        return new PersonSummary(id, kind, mediatorKind, name, phone, homeAreaId, policeNumber, post, accountId,
                active);
    }

    PersonDetails details() {
        return new PersonDetails(summary(), createdAt, updatedAt, version);
    }

    Long getId() {
        return id;
    }

    PersonKind getKind() {
        return kind;
    }

    long getHomeAreaId() {
        return homeAreaId;
    }

    long getVersion() {
        return version;
    }
}
