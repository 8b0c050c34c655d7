package org.gridwatch.partybuilding;

import org.springframework.modulith.NamedInterface;

/**
 * One line of the branch list: the branch, where it belongs, its secretary, how many members, how many
 * agreements are in force today and how many activities it organised in the period asked for.
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record BranchRow(long id, String name, String homeLabel, String secretaryName, long memberCount,
        long activeAgreements, long activities) {
}
