package org.gridwatch.campaign;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;

/** A campaign (专项行动): a named period over areas with targets. */
@Entity
@Audited
class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private String description;

    @ElementCollection
    @CollectionTable(name = "campaign_area", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "area_id")
    private Set<Long> areaIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "campaign_target", joinColumns = @JoinColumn(name = "campaign_id"))
    private Set<CampaignTarget> targets = new HashSet<>();

    private Long createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Campaign() {
    }

    Campaign(CampaignData data, Long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        change(data, now);
    }

    void change(CampaignData data, Instant now) {
        this.name = data.name().trim();
        this.startsOn = data.startsOn();
        this.endsOn = data.endsOn();
        this.description = data.description() == null || data.description().isBlank() ? null
                : data.description().trim();
        this.areaIds.retainAll(data.areaIds());
        this.areaIds.addAll(data.areaIds());
        Set<CampaignTarget> wanted = new HashSet<>(data.targets().stream().map(CampaignTarget::new).toList());
        this.targets.retainAll(wanted);
        this.targets.addAll(wanted);
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getName() {
        return name;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    String getDescription() {
        return description;
    }

    Set<Long> getAreaIds() {
        return areaIds;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    List<TargetData> targetList() {
        return targets.stream().map(CampaignTarget::data).sorted(Comparator.comparing(TargetData::kind)).toList();
    }
}
