package org.gridwatch.hazard;

import java.time.Instant;
import org.gridwatch.fieldwork.Origin;

/**
 * What a hazard record says, for recording and editing. {@code responsibleUnit} may be blank when a place is
 * given: the place's name (and its contact as the responsible person) is taken then.
 *
 * @param origin the record (a patrol's finding, a visit) it was found in, or null
 */
public record HazardData(long gridId, Long placeId, Double lat, Double lon, HazardCategory category,
        HazardSeverity severity, String description, HazardFoundBy foundBy, Instant foundAt, String responsibleUnit,
        String responsiblePerson, String responsiblePhone, Origin origin) {
}
