package org.gridwatch.dispute;

import java.time.LocalDate;
import org.gridwatch.fieldwork.Satisfaction;

/** The follow-up call-back (回访) that closes a resolved or referred dispute. */
public record CallBack(LocalDate on, String result, Satisfaction satisfaction) {
}
