package org.gridwatch.area;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.locationtech.jts.geom.Envelope;

/** One node of the area tree. Its path is its ancestors' ids and its own, e.g. {@code /1/4/17/}. */
@Entity
@Audited
class Area {

    /** Taken from {@code area_id_seq} before the area is built, because the path contains it. */
    @Id
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

    /** The boundary's bounding box, derived from it (so not audited separately). */
    @NotAudited
    private Double boundaryWest;

    @NotAudited
    private Double boundarySouth;

    @NotAudited
    private Double boundaryEast;

    @NotAudited
    private Double boundaryNorth;

    private Integer population;

    private Integer households;

    private Instant retiredAt;

    private String retiredNote;

    /** For a retired grid: the grid(s) that took its place. */
    @ElementCollection
    @CollectionTable(name = "area_successor", joinColumns = @JoinColumn(name = "area_id"))
    @Column(name = "successor_id")
    private Set<Long> successorIds = new HashSet<>();

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

    /** Changes the descriptive fields; code uniqueness is checked by the caller and the unique index. */
    void describe(String code, String name, CommunityKind communityKind, Integer population, Integer households,
            String boundary, Envelope box, Instant now) {
        this.code = code;
        this.name = name;
        this.communityKind = type == AreaType.COMMUNITY ? communityKind : null;
        this.population = population;
        this.households = households;
        this.boundary = boundary;
        this.boundaryWest = box == null ? null : box.getMinX();
        this.boundarySouth = box == null ? null : box.getMinY();
        this.boundaryEast = box == null ? null : box.getMaxX();
        this.boundaryNorth = box == null ? null : box.getMaxY();
        this.updatedAt = now;
    }

    /** Hangs this area under another parent of the right type; the caller rewrites the descendants' paths. */
    void moveUnder(Area parent, Instant now) {
        if (parent.path.startsWith(path)) {
            throw new IllegalArgumentException("An area cannot move under its own subtree");
        }
        if (parent.type != type.parentType()) {
            throw new IllegalArgumentException("A " + type + " cannot sit under " + parent.type);
        }
        this.parentId = parent.id;
        this.path = parent.path + id + "/";
        this.updatedAt = now;
    }

    /** Retires a grid in favour of its successors; it keeps its records and history. */
    void retire(Collection<Long> successors, String note, Instant now) {
        if (type != AreaType.GRID || retiredAt != null) {
            throw new IllegalStateException("Only a live grid can be retired");
        }
        this.successorIds.clear();
        this.successorIds.addAll(successors);
        this.retiredNote = note;
        this.retiredAt = now;
        this.updatedAt = now;
    }

    boolean isRetired() {
        return retiredAt != null;
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

    String getRetiredNote() {
        return retiredNote;
    }

    Set<Long> getSuccessorIds() {
        return successorIds;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
