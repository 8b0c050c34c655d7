package org.gridwatch.partybuilding;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A joint building agreement between two or more branches: title, signing date, period and goals. */
public record AgreementData(String title, LocalDate signedOn, LocalDate validFrom, LocalDate validTo,
        Set<Long> branchIds, List<String> goals) {

    public AgreementData {
        branchIds = branchIds == null ? Set.of() : Set.copyOf(branchIds);
        goals = goals == null ? List.of() : List.copyOf(goals);
    }
}
