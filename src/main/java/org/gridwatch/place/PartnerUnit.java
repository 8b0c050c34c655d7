package org.gridwatch.place;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gridwatch.shared.Text;
import org.hibernate.envers.Audited;

/** An organisation that takes part in joint governance, belonging to one station and covering some grids. */
@Entity
@Audited
class PartnerUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private PartnerKind kind;

    private String contactName;

    private String contactPhone;

    private long homeAreaId;

    @ElementCollection
    @CollectionTable(name = "partner_unit_grid", joinColumns = @JoinColumn(name = "partner_unit_id"))
    @Column(name = "grid_id")
    private Set<Long> gridIds = new HashSet<>();

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected PartnerUnit() {
    }

    PartnerUnit(PartnerData data, Instant now) {
        this.createdAt = now;
        change(data, now);
    }

    void change(PartnerData data, Instant now) {
        this.name = data.name().trim();
        this.kind = data.kind();
        this.contactName = Text.trimmedOrNull(data.contactName());
        this.contactPhone = Text.trimmedOrNull(data.contactPhone());
        this.homeAreaId = data.homeAreaId();
        this.gridIds.clear();
        this.gridIds.addAll(data.gridIds());
        this.updatedAt = now;
    }

    PartnerView view(List<TeamView> teams) {
        return new PartnerView(id, name, kind, contactName, contactPhone, homeAreaId, new TreeSet<>(gridIds), teams,
                updatedAt, version);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }
}
