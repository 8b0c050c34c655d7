package org.gridwatch.duty;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/** The outcome of a handover: its record id and the grids whose assignments moved. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record HandoverResult(long handoverId, int assignmentCount, List<Long> gridIds) {
}
