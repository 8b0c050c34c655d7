package org.gridwatch.duty;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A grid's police–resident contact channel (一连), e.g. 临河社区1网格警民联系群; one per grid. */
@Entity
@Audited
class GridLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long gridId;

    private String channel;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected GridLink() {
    }

    GridLink(long gridId, String channel, Instant now) {
        this.gridId = gridId;
        this.channel = channel;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void rename(String channel, Instant now) {
        this.channel = channel;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getGridId() {
        return gridId;
    }

    String getChannel() {
        return channel;
    }

    long getVersion() {
        return version;
    }
}
