package org.gridwatch.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited transaction: when, and by which account. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    private long timestamp;

    private String username;

    long getId() {
        return id;
    }

    long getTimestamp() {
        return timestamp;
    }

    String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }
}
