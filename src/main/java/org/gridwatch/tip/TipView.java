package org.gridwatch.tip;

import java.time.Instant;
import java.util.List;
import org.gridwatch.fieldwork.Origin;

/**
 * A tip as pages, lists and exports show it. The source's identity is only ever here masked
 * ({@code maskedName}, {@code maskedContact}; null when none was given).
 *
 * @param sealed whether a sealed identity is stored (a supervisor may reveal it)
 */
public record TipView(long id, TipCategory category, String content, TipSourceKind sourceKind, boolean sealed,
        String maskedName, String maskedContact, long gridId, String gridLabel, Instant occurredAt,
        List<Long> personIds, List<String> peopleNames, String notes, Double lat, Double lon, Long campaignId,
        Origin origin, TipStatus status, Instant verifiedAt, String verifiedByName, String handedOverTo,
        Instant handedOverAt, String handedOverByName, String dismissalReason, Instant dismissedAt,
        String dismissedByName, String recordedByName, Instant recordedAt, Instant updatedAt, long version) {

    /** The masked identity on one line ("张** · 138****0000"), or null when there is none. */
    public String maskedSource() {
        if (maskedName == null && maskedContact == null) {
            return null;
        }
        if (maskedName == null || maskedContact == null) {
            return maskedName == null ? maskedContact : maskedName;
        }
        return maskedName + " · " + maskedContact;
    }

    public String people() {
        return String.join("、", peopleNames);
    }
}
