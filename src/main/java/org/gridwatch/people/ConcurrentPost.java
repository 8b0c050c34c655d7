package org.gridwatch.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.NotAllowedException;
import org.hibernate.envers.Audited;

/** A post an officer holds in a community or village committee, from a date and possibly until one. */
@Entity
@Audited
class ConcurrentPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;

    private String postName;

    private long communityId;

    private LocalDate fromDate;

    private LocalDate toDate;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected ConcurrentPost() {
    }

    ConcurrentPost(long personId, PostData data, Instant now) {
        this.personId = personId;
        this.postName = data.postName().trim();
        this.communityId = data.communityId();
        this.fromDate = data.from();
        this.toDate = data.to();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Ends the post on {@code day}; an ended post cannot end again, nor end before it began. */
    void end(LocalDate day, Instant now) {
        if (toDate != null) {
            throw new NotAllowedException("The post has ended already");
        }
        if (day.isBefore(fromDate)) {
            throw new RejectedInput("to", "post.dates.order");
        }
        this.toDate = day;
        this.updatedAt = now;
    }

    PostView view() {
        return new PostView(id, personId, postName, communityId, fromDate, toDate, version);
    }

    long getVersion() {
        return version;
    }
}
