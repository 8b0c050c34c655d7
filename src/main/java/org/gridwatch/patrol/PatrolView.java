package org.gridwatch.patrol;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gridwatch.fieldwork.RecordKind;

/**
 * A read-only view of one patrol.
 *
 * @param gridIds       the grids covered, the home grid first
 * @param partnerTeams  the partner patrol teams with the members who took part
 * @param recordedBy    the account that wrote it down (null for demo data)
 */
public record PatrolView(long id, PatrolKind kind, Instant startedAt, Instant endedAt, List<Long> gridIds,
        List<Long> personIds, List<TeamOnPatrol> partnerTeams, String notes, Double latitude, Double longitude,
        Long campaignId, List<FindingView> findings, Long recordedBy, String recordedByName, Instant recordedAt,
        Instant updatedAt, long version) {

    /** The home grid: the patrol belongs to it. */
    public long gridId() {
        return gridIds.get(0);
    }

    public long durationMinutes() {
        return Duration.between(startedAt, endedAt).toMinutes();
    }

    /** People of the scope plus partner team members. */
    public int participantCount() {
        return personIds.size() + partnerTeams.stream().mapToInt(t -> t.members().size()).sum();
    }

    /** A partner patrol team on this patrol, its names as they were on the day, with the members who came. */
    public record TeamOnPatrol(long teamId, long partnerUnitId, String unitName, String teamName,
            List<String> members) {
    }

    /**
     * One numbered finding and, once a case or tip was opened from it, what it became.
     *
     * @param followedUpKind  hazard, dispute or tip, or null
     */
    public record FindingView(int number, String text, RecordKind followedUpKind, Long followedUpId) {

        public boolean followedUp() {
            return followedUpKind != null;
        }

        /** The detail page of what it became, e.g. {@code /hazards/7}. */
        public String followedUpPath() {
            return followedUpKind == null ? null : followedUpKind.detailPath(followedUpId);
        }
    }
}
