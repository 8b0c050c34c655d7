package org.gridwatch.patrol;

import java.time.Instant;
import java.util.List;

/**
 * A patrol as entered.
 *
 * @param gridIds         the grids covered, the home grid first
 * @param personIds       the people of the scope who took part
 * @param partnerTeamIds  the partner patrol teams that took part (joint patrols only)
 * @param partnerMembers  the members of those teams who took part, by name
 * @param findings        the findings in order; a finding already on the patrol carries its number
 */
public record PatrolData(PatrolKind kind, Instant startedAt, Instant endedAt, List<Long> gridIds,
        List<Long> personIds, List<Long> partnerTeamIds, List<PartnerMember> partnerMembers, String notes,
        Double latitude, Double longitude, Long campaignId, List<FindingEntry> findings) {

    public PatrolData {
        gridIds = gridIds == null ? List.of() : List.copyOf(gridIds);
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
        partnerTeamIds = partnerTeamIds == null ? List.of() : List.copyOf(partnerTeamIds);
        partnerMembers = partnerMembers == null ? List.of() : List.copyOf(partnerMembers);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** One member of a partner patrol team, named as in the team's list. */
    public record PartnerMember(long teamId, String name) {
    }

    /** One finding: its number when it is already on the patrol (null for a new one), and its text. */
    public record FindingEntry(Integer number, String text) {
    }
}
