package org.gridwatch.partybuilding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A joint building agreement. {@code status} is the status today: ENDED when ended explicitly ({@code endedOn}
 * set) or when the period is over.
 */
public record AgreementView(long id, String title, LocalDate signedOn, LocalDate validFrom, LocalDate validTo,
        AgreementStatus status, LocalDate endedOn, List<Named> branches, List<String> goals, long activityCount,
        Instant updatedAt, long version) {

    public List<Long> branchIds() {
        return branches.stream().map(Named::id).toList();
    }
}
