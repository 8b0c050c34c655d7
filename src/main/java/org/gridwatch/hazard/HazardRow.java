package org.gridwatch.hazard;

import java.time.Instant;
import java.time.LocalDate;
import org.gridwatch.fieldwork.CaseDue;
import org.springframework.modulith.NamedInterface;

/** One hazard in a list or export, with its labels resolved and its due level computed. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record HazardRow(long id, HazardCategory category, HazardSeverity severity, HazardState state, long gridId,
        String gridLabel, Long placeId, String placeName, String description, String responsibleUnit, String responsiblePerson,
        String responsiblePhone, HazardFoundBy foundBy, Instant foundAt, LocalDate noticeDeadline, Instant dueAt,
        CaseDue due, Long ownerPersonId, String ownerName, Instant rectifiedAt, Instant verifiedAt) {

    HazardRow labelled(String gridLabel, String placeName, String ownerName) {
        return new HazardRow(id, category, severity, state, gridId, gridLabel, placeId, placeName, description,
                responsibleUnit, responsiblePerson, responsiblePhone, foundBy, foundAt, noticeDeadline, dueAt, due,
                ownerPersonId, ownerName, rectifiedAt, verifiedAt);
    }
}
