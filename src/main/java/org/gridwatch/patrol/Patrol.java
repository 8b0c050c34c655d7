package org.gridwatch.patrol;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.Text;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;

/**
 * A patrol, written down after it ended. Its rules hold whoever writes it (a page, the demo data): it ends after it
 * starts, lasts at most a day, is not in the future, covers at least one grid, has at least one person, has
 * partner teams exactly when it is joint, and never drops a finding that a case or tip was opened from.
 */
@Entity
@Audited
class Patrol {

    static final Duration LONGEST = Duration.ofHours(24);
    /** Phones' clocks drift and patrols are logged as they end. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(15);
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final int MAX_FINDINGS = 20;
    static final int MAX_GRIDS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private PatrolKind kind;

    private Instant startedAt;

    private Instant endedAt;

    /** The home grid, also the first of {@link #gridIds}: scope queries use it. */
    private long gridId;

    @ElementCollection
    @CollectionTable(name = "patrol_grid", joinColumns = @JoinColumn(name = "patrol_id"))
    @OrderColumn(name = "position")
    @Column(name = "grid_id")
    private List<Long> gridIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "patrol_person", joinColumns = @JoinColumn(name = "patrol_id"))
    @OrderColumn(name = "position")
    @Column(name = "person_id")
    private List<Long> personIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "patrol_partner_team", joinColumns = @JoinColumn(name = "patrol_id"))
    @OrderColumn(name = "position")
    private List<JoinedTeam> partnerTeams = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "patrol_partner_member", joinColumns = @JoinColumn(name = "patrol_id"))
    @OrderColumn(name = "position")
    private List<JoinedMember> partnerMembers = new ArrayList<>();

    private String notes;

    private Double latitude;

    private Double longitude;

    private Long campaignId;

    /** Excluded from the version: a case opened from a finding must not turn someone's open edit stale. */
    @ElementCollection
    @CollectionTable(name = "patrol_finding", joinColumns = @JoinColumn(name = "patrol_id"))
    @OrderColumn(name = "position")
    @OptimisticLock(excluded = true)
    private List<Finding> findings = new ArrayList<>();

    private int findingsIssued;

    private Long recordedBy;

    private String recordedByName;

    private Instant recordedAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Patrol() {
    }

    Patrol(PatrolData data, List<JoinedTeam> teams, Recorder recorder, Instant now) {
        this.recordedBy = recorder.accountId();
        this.recordedByName = recorder.name() == null || recorder.name().isBlank() ? "—" : cut(recorder.name(), 100);
        this.recordedAt = now;
        change(data, teams, now);
    }

    /** Replaces what was entered; the teams are the partner teams of {@code data}, already resolved. */
    void change(PatrolData data, List<JoinedTeam> teams, Instant now) {
        check(data, teams, now);
        this.kind = data.kind();
        this.startedAt = data.startedAt();
        this.endedAt = data.endedAt();
        replace(gridIds, data.gridIds().stream().distinct().toList());
        this.gridId = gridIds.get(0);
        replace(personIds, data.personIds().stream().distinct().toList());
        replaceTeams(teams, data.partnerMembers());
        this.notes = Text.strippedOrNull(data.notes());
        this.latitude = data.latitude();
        this.longitude = data.longitude();
        this.campaignId = data.campaignId();
        replaceFindings(data.findings());
        this.updatedAt = now;
    }

    private static void check(PatrolData data, List<JoinedTeam> teams, Instant now) {
        if (data.kind() == null) {
            throw new RejectedInput("kind", "NotNull");
        }
        if (data.startedAt() == null) {
            throw new RejectedInput("startedAt", "NotNull");
        }
        if (data.endedAt() == null) {
            throw new RejectedInput("endedAt", "NotNull");
        }
        if (data.startedAt().isBefore(EARLIEST)) {
            throw new RejectedInput("startedAt", "patrol.time.tooOld");
        }
        if (!data.endedAt().isAfter(data.startedAt())) {
            throw new RejectedInput("endedAt", "patrol.endedAt.notAfterStart");
        }
        if (data.endedAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new RejectedInput("endedAt", "patrol.time.future");
        }
        if (Duration.between(data.startedAt(), data.endedAt()).compareTo(LONGEST) > 0) {
            throw new RejectedInput("endedAt", "patrol.duration.tooLong", LONGEST.toHours());
        }
        if (data.gridIds().isEmpty()) {
            throw new RejectedInput("gridId", "NotNull");
        }
        if (data.gridIds().size() > MAX_GRIDS) {
            throw new RejectedInput("otherGridIds", "patrol.grids.tooMany", MAX_GRIDS);
        }
        if (data.personIds().isEmpty()) {
            throw new RejectedInput("personIds", "patrol.people.required");
        }
        if (data.kind().withPartners() && teams.isEmpty()) {
            throw new RejectedInput("partnerTeamIds", "patrol.partners.required");
        }
        if (!data.kind().withPartners() && (!teams.isEmpty() || !data.partnerMembers().isEmpty())) {
            throw new RejectedInput("partnerTeamIds", "patrol.partners.jointOnly");
        }
        if ((data.latitude() == null) != (data.longitude() == null)
                || data.latitude() != null && (outside(data.latitude(), 90) || outside(data.longitude(), 180))) {
            throw new RejectedInput("gridId", "patrol.point.invalid");
        }
        if (data.findings().stream().filter(f -> f.text() != null && !f.text().isBlank()).count() > MAX_FINDINGS) {
            throw new RejectedInput("findings", "patrol.findings.tooMany", MAX_FINDINGS);
        }
    }

    private void replaceTeams(List<JoinedTeam> teams, List<PatrolData.PartnerMember> members) {
        partnerTeams.clear();
        partnerTeams.addAll(teams);
        Set<Long> teamIds = new HashSet<>();
        teams.forEach(t -> teamIds.add(t.teamId()));
        partnerMembers.clear();
        Set<String> seen = new HashSet<>();
        for (PatrolData.PartnerMember member : members) {
            if (!teamIds.contains(member.teamId())) {
                throw new RejectedInput("partnerTeamIds", "patrol.partners.invalid");
            }
            if (seen.add(member.teamId() + "\n" + member.name())) {
                partnerMembers.add(new JoinedMember(member.teamId(), member.name()));
            }
        }
    }

    /**
     * Findings keep their numbers: an entry with a number rewrites that finding, a blank or missing one removes it
     * (unless something was opened from it), an entry without a number becomes the next new number.
     */
    private void replaceFindings(List<PatrolData.FindingEntry> entries) {
        Map<Integer, String> rewritten = new HashMap<>();
        List<String> added = new ArrayList<>();
        Set<Integer> existing = new HashSet<>();
        findings.forEach(f -> existing.add(f.number()));
        for (PatrolData.FindingEntry entry : entries) {
            String text = Text.strippedOrNull(entry.text());
            if (entry.number() != null && existing.contains(entry.number())) {
                if (text != null) {
                    rewritten.put(entry.number(), text);
                }
            } else if (text != null) {
                added.add(text);
            }
        }
        for (Finding finding : List.copyOf(findings)) {
            String text = rewritten.get(finding.number());
            if (text != null) {
                finding.rewrite(text);
            } else if (finding.followedUp()) {
                throw new RejectedInput("findings", "patrol.finding.followedUp", finding.number());
            } else {
                findings.remove(finding);
            }
        }
        for (String text : added) {
            findings.add(new Finding(++findingsIssued, text));
        }
    }

    /** Remembers what a finding became; false when the patrol has no such finding or it already became something. */
    boolean followUp(int number, RecordKind kind, long recordId) {
        Optional<Finding> finding = findings.stream().filter(f -> f.number() == number).findFirst();
        if (finding.isEmpty() || finding.get().followedUp()) {
            return false;
        }
        finding.get().followedUpAs(kind, recordId);
        return true;
    }

    PatrolView view() {
        List<PatrolView.TeamOnPatrol> teams = partnerTeams.stream()
                .map(t -> new PatrolView.TeamOnPatrol(t.teamId(), t.partnerUnitId(), t.unitName(), t.teamName(),
                        partnerMembers.stream().filter(m -> m.teamId() == t.teamId()).map(JoinedMember::name)
                                .toList()))
                .toList();
        return new PatrolView(id, kind, startedAt, endedAt, List.copyOf(gridIds), List.copyOf(personIds), teams,
                notes, latitude, longitude, campaignId, findings.stream().map(Finding::view).toList(), recordedBy,
                recordedByName, recordedAt, updatedAt, version);
    }

    /** A line for timelines: the notes, else the first finding. */
    String summary() {
        if (notes != null) {
            return notes;
        }
        return findings.isEmpty() ? null : findings.get(0).view().text();
    }

    private static <T> void replace(List<T> target, List<T> values) {
        target.clear();
        target.addAll(values);
    }

    private static boolean outside(double value, double limit) {
        return !Double.isFinite(value) || Math.abs(value) > limit;
    }

    private static String cut(String value, int length) {
        return value.length() > length ? value.substring(0, length) : value;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    PatrolKind getKind() {
        return kind;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getEndedAt() {
        return endedAt;
    }

    List<Long> getGridIds() {
        return List.copyOf(gridIds);
    }

    List<Long> getPersonIds() {
        return List.copyOf(personIds);
    }

    Long getCampaignId() {
        return campaignId;
    }

    Double getLatitude() {
        return latitude;
    }

    Double getLongitude() {
        return longitude;
    }
}
