package org.gridwatch.meeting;

import java.time.LocalDate;

/** One line of the meeting list with its action item counts (open and overdue as of today). */
public record MeetingRow(long id, MeetingKind kind, String title, LocalDate heldOn, String areaLabel,
        long items, long open, long overdue) {
}
