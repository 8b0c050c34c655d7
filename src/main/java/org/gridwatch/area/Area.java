package org.gridwatch.area;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/** One node of the area tree. Its path is its ancestors' ids and its own, e.g. {@code /1/4/17/}. */
@Entity
class Area {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "area_seq")
    @SequenceGenerator(name = "area_seq", sequenceName = "area_id_seq", allocationSize = 1)
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private AreaType type;

    @Enumerated(EnumType.STRING)
    private CommunityKind communityKind;

    private Long parentId;

    private String path;

    /** GeoJSON geometry (Polygon or MultiPolygon, WGS84), validated before it is stored. */
    private String boundary;

    private Integer population;

    private Integer households;

    private Instant retiredAt;

    private String retiredNote;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Area() {
    }

    /** A new area under {@code parent} (null only for the root BUREAU); the id is assigned here. */
    Area(long id, String code, String name, AreaType type, Area parent, Instant now) {
        if (type.parentType() == null ? parent != null : parent == null || parent.type != type.parentType()) {
            throw new IllegalArgumentException("A " + type + " cannot sit under " + (parent == null ? "nothing" : parent.type));
        }
        this.id = id;
        this.code = code;
        this.name = name;
        this.type = type;
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
        this.createdAt = now;
        this.updatedAt = now;
    }

    AreaSummary summary() {
        return new AreaSummary(id, code, name, type, parentId, path, retiredAt != null);
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    AreaType getType() {
        return type;
    }

    CommunityKind getCommunityKind() {
        return communityKind;
    }

    void setCommunityKind(CommunityKind communityKind) {
        this.communityKind = communityKind;
    }

    Long getParentId() {
        return parentId;
    }

    String getPath() {
        return path;
    }

    String getBoundary() {
        return boundary;
    }

    void setBoundary(String boundary) {
        this.boundary = boundary;
    }

    Integer getPopulation() {
        return population;
    }

    void setPopulation(Integer population) {
        this.population = population;
    }

    Integer getHouseholds() {
        return households;
    }

    void setHouseholds(Integer households) {
        this.households = households;
    }

    Instant getRetiredAt() {
        return retiredAt;
    }

    long getVersion() {
        return version;
    }
}
