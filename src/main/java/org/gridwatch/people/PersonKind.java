package org.gridwatch.people;

public enum PersonKind {
    OFFICER, AUXILIARY, GRID_WORKER, VOLUNTEER, MEDIATOR;

    /** Whether people of this kind sign in to Gridwatch: grid workers and volunteers are recorded, not users. */
    public boolean holdsAccounts() {
        return this == OFFICER || this == AUXILIARY || this == MEDIATOR;
    }
}
