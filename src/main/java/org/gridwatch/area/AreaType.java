package org.gridwatch.area;

/** The levels of the tree, top to bottom; an area sits only directly under the level above it. */
public enum AreaType {
    BUREAU, BRANCH, STATION, COMMUNITY, GRID;

    /** The type an area of this type must hang under, or {@code null} for the root. */
    public AreaType parentType() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    public AreaType childType() {
        return this == GRID ? null : values()[ordinal() + 1];
    }
}
