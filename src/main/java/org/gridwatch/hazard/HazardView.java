package org.gridwatch.hazard;

import java.time.Instant;
import java.time.LocalDate;

/** A read-only view of a hazard record, as stored. */
public record HazardView(long id, long gridId, Long placeId, Double lat, Double lon, HazardCategory category,
        HazardSeverity severity, String description, HazardFoundBy foundBy, Instant foundAt, String responsibleUnit,
        String responsiblePerson, String responsiblePhone, String origin, HazardState state, Long ownerPersonId,
        Instant dueAt, LocalDate noticeDeadline, String noticeRequirement, Instant notifiedAt, Instant rectifiedAt,
        Long rectifiedByAccountId, Long rectifiedByPersonId, String rectificationNote, Instant verifiedAt,
        String verificationNote, int reopenCount, Long recordedByAccountId, String recordedByName, Instant createdAt,
        Instant updatedAt, long version) {
}
