package org.gridwatch.meeting;

/**
 * Who closes an action item: the signed-in account, its person (if any) and whether it supervises (SUPERVISOR or
 * ADMIN). The owner person may close their own item; a supervisor any item in scope, including a unit's.
 */
public record ActionCloser(long accountId, Long personId, boolean supervisor) {
}
