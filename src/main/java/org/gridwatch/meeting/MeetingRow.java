package org.gridwatch.meeting;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** One line of the meeting list with its action item counts (open and overdue as of today). */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record MeetingRow(long id, MeetingKind kind, String title, LocalDate heldOn, String areaLabel,
        long items, long open, long overdue) {
}
