package org.gridwatch.dispute;

import java.time.Instant;
import org.gridwatch.fieldwork.CaseDue;
import org.gridwatch.fieldwork.Satisfaction;

/**
 * One dispute in a list: the parties' names, the first party's phone already masked, the responsible officer,
 * and the current stage's due date with its level.
 */
public record DisputeRow(long id, Instant occurredAt, long gridId, String gridLabel, DisputeCategory category,
        RiskLevel risk, DisputeSource source, DisputeState state, Instant dueAt, CaseDue due, String partyNames,
        String maskedPhone, String officerName, String teamNames, Satisfaction satisfaction) {
}
