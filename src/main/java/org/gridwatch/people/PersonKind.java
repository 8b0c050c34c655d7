package org.gridwatch.people;

public enum PersonKind {
    OFFICER, AUXILIARY, GRID_WORKER, VOLUNTEER, MEDIATOR
}
