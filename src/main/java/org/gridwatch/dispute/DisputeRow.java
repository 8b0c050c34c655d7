package org.gridwatch.dispute;

import java.time.Instant;
import org.gridwatch.fieldwork.CaseDue;
import org.gridwatch.fieldwork.Satisfaction;
import org.springframework.modulith.NamedInterface;

/**
 * One dispute in a list: the parties' names, the first party's phone already masked, the responsible officer,
 * and the current stage's due date with its level.
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record DisputeRow(long id, Instant occurredAt, long gridId, String gridLabel, DisputeCategory category,
        RiskLevel risk, DisputeSource source, DisputeState state, Instant dueAt, CaseDue due, String partyNames,
        String maskedPhone, String officerName, String teamNames, Satisfaction satisfaction) {
}
