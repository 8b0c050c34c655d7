package org.gridwatch.tip;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The sealed identity of a tip's source (name and contact, free text). Deliberately not {@code @Audited}: its
 * values must never be copied into the audit tables; the tip records only when it changed. Read in clear only by
 * {@link TipManagement#reveal}, which logs the reveal.
 */
@Entity
@Table(name = "tip_source")
class TipSource {

    static final int LENGTH = 60;

    @Id
    private Long tipId;

    private String name;

    private String contact;

    protected TipSource() {
    }

    TipSource(long tipId, String name, String contact) {
        this.tipId = tipId;
        this.name = name;
        this.contact = contact;
    }

    void replace(String name, String contact) {
        this.name = name;
        this.contact = contact;
    }

    Long getTipId() {
        return tipId;
    }

    String getName() {
        return name;
    }

    String getContact() {
        return contact;
    }

    boolean isEmpty() {
        return name == null && contact == null;
    }
}
