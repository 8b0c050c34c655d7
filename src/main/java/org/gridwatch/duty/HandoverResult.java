package org.gridwatch.duty;

import java.util.List;

/** The outcome of a handover: its record id and the grids whose assignments moved. */
public record HandoverResult(long handoverId, int assignmentCount, List<Long> gridIds) {
}
