package org.gridwatch.place;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.gridwatch.shared.Text;
import org.hibernate.envers.Audited;

/** A place in one grid that officers visit or inspect. */
@Entity
@Audited
class Place {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private PlaceKind kind;

    private String name;

    private String address;

    private long gridId;

    private Double latitude;

    private Double longitude;

    private String contactName;

    private String contactPhone;

    /** Visit-frequency target: a visit every so many days. */
    private Integer visitEveryDays;

    private String notes;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Place() {
    }

    Place(PlaceData data, Instant now) {
        this.createdAt = now;
        change(data, now);
    }

    void change(PlaceData data, Instant now) {
        this.kind = data.kind();
        this.name = data.name().trim();
        this.address = data.address().trim();
        this.gridId = data.gridId();
        this.latitude = data.latitude();
        this.longitude = data.longitude();
        this.contactName = Text.trimmedOrNull(data.contactName());
        this.contactPhone = Text.trimmedOrNull(data.contactPhone());
        this.visitEveryDays = data.visitEveryDays();
        this.notes = Text.trimmedOrNull(data.notes());
        this.updatedAt = now;
    }

    PlaceView view() {
        return new PlaceView(id, kind, name, address, gridId, latitude, longitude, contactName, contactPhone,
                visitEveryDays, notes, updatedAt, version);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }
}
