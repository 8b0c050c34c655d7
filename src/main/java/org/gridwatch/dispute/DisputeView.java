package org.gridwatch.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gridwatch.fieldwork.CaseDue;
import org.gridwatch.fieldwork.Origin;
import org.gridwatch.fieldwork.Satisfaction;
import org.springframework.modulith.NamedInterface;

/**
 * A dispute for its detail page, as one reader may see it: the parties' numbers are in full only when
 * {@code personalDataInFull} (the reader is on the team, or supervises), else masked; {@code actions} are what the
 * reader may do now.
 *
 * @param origin the record it followed up, or null
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record DisputeView(long id, long gridId, String gridLabel, Long placeId, String placeName,
        DisputeCategory category, RiskLevel risk, DisputeSource source, String description, Instant occurredAt,
        Origin origin, DisputeState state, Instant dueAt, CaseDue due, Instant reportedAt, Instant acceptedAt,
        Instant mediatingAt, Instant resolvedAt, String agreement, Instant referredAt, ReceivingBody referredTo,
        String referralNote, Instant escalatedAt, EscalationLevel escalatedTo, String escalationNote,
        LocalDate callBackOn, String callBackResult, Satisfaction satisfaction, Instant closedAt,
        List<PartyView> parties, boolean personalDataInFull, List<TeamMemberView> team, List<SessionView> sessions,
        List<StepView> steps, Set<DisputeAction> actions, Instant updatedAt, long version) {

    public boolean can(String action) {
        return actions.contains(DisputeAction.valueOf(action));
    }

    /** The mediators of the team (people who are not police), for the agreement. */
    public List<TeamMemberView> mediators() {
        return team.stream().filter(m -> m.mediatorKind() != null).toList();
    }

    public String partyNames() {
        return String.join("、", parties.stream().map(PartyView::name).toList());
    }
}
