package org.gridwatch.meeting;

import java.time.LocalDate;

/** An action item as decided: what, whose (a person or a partner unit: exactly one) and by when. */
public record ActionItemData(String text, Long ownerPersonId, Long ownerPartnerUnitId, LocalDate dueOn) {
}
