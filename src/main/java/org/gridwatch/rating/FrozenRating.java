package org.gridwatch.rating;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A community's confirmed rating for a month: the rule results and the breaking records copied at confirmation.
 * Never changed afterwards (the snapshot's rows are written once, so only the rating itself is audited).
 */
@Entity
@Audited
@Table(name = "rating_community")
class FrozenRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long communityId;

    private LocalDate month;

    private long confirmationId;

    private boolean threeZero;

    private int rulesPassed;

    private int rulesCount;

    private Instant frozenAt;

    private String frozenBy;

    @Version
    private long version;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "rating_community_rule", joinColumns = @JoinColumn(name = "rating_id"))
    @OrderColumn(name = "position")
    private List<FrozenRule> rules = new ArrayList<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "rating_community_breach", joinColumns = @JoinColumn(name = "rating_id"))
    @OrderColumn(name = "position")
    private List<FrozenBreach> breaches = new ArrayList<>();

    protected FrozenRating() {
    }

    FrozenRating(CommunityRating live, long confirmationId, Instant at, String by) {
        this.communityId = live.communityId();
        this.month = live.month().atDay(1);
        this.confirmationId = confirmationId;
        this.threeZero = live.threeZero();
        this.rulesPassed = (int) live.rules().stream().filter(RuleResult::passed).count();
        this.rulesCount = live.rules().size();
        this.frozenAt = at;
        this.frozenBy = by;
        live.rules().forEach(r -> rules.add(new FrozenRule(r)));
        live.breaches().forEach(b -> breaches.add(new FrozenBreach(b)));
    }

    /** The snapshot as a rating, labelled with the community's current name. */
    CommunityRating view(String name, String label, boolean withBreaches) {
        return new CommunityRating(communityId, name, label, java.time.YearMonth.from(month),
                rules.stream().map(FrozenRule::result).toList(),
                withBreaches ? breaches.stream().map(FrozenBreach::breach).toList() : List.of(), id, frozenAt, frozenBy);
    }

    Long getId() {
        return id;
    }

    long getCommunityId() {
        return communityId;
    }
}
