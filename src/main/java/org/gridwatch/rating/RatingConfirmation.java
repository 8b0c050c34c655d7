package org.gridwatch.rating;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A supervisor confirmed the month's ratings of an area (one per area and month). */
@Entity
@Audited
@Table(name = "rating_confirmation")
class RatingConfirmation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long areaId;

    private LocalDate month;

    private Instant confirmedAt;

    private Long confirmedByAccountId;

    private String confirmedByName;

    private int communities;

    private int passed;

    @Version
    private long version;

    protected RatingConfirmation() {
    }

    RatingConfirmation(long areaId, LocalDate month, Instant at, Long accountId, String name) {
        this.areaId = areaId;
        this.month = month;
        this.confirmedAt = at;
        this.confirmedByAccountId = accountId;
        this.confirmedByName = name;
    }

    void counted(int communities, int passed) {
        this.communities = communities;
        this.passed = passed;
    }

    Long getId() {
        return id;
    }

    Confirmation view() {
        return new Confirmation(id, areaId, confirmedAt, confirmedByName, communities, passed);
    }
}
