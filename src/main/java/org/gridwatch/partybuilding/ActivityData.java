package org.gridwatch.partybuilding;

import java.time.LocalDate;
import java.util.Set;

/**
 * A joint activity: kind, day, title, organising branches, an optional agreement it belongs to, the registered
 * people who took part and the number of participants in all (null: as many as the people named).
 */
public record ActivityData(ActivityKind kind, LocalDate heldOn, String title, Set<Long> branchIds, Long agreementId,
        Set<Long> personIds, Integer participantCount, String summary) {

    public ActivityData {
        branchIds = branchIds == null ? Set.of() : Set.copyOf(branchIds);
        personIds = personIds == null ? Set.of() : Set.copyOf(personIds);
    }
}
