package org.gridwatch.identity;

import java.util.List;

/**
 * The areas an account's scope may be set to. Identity does not know the area tree; the area module
 * provides the implementation (so the dependency runs from area to identity only).
 */
public interface ScopeAreas {

    /** Areas an administrator may give as a scope: theirs and everything under it, above the grids. */
    List<ScopeArea> choicesFor(SignedInUser administrator);

    /** Whether the administrator may give this area as a scope. */
    boolean mayAssign(SignedInUser administrator, long areaId);

    /** A readable name of a scope area (e.g. 经开分局 › 临河派出所), or empty for none. */
    String label(Long areaId);

    /**
     * The path prefix of the administrator's own scope (see the area module's {@code AreaScope}):
     * account queries show only accounts scoped inside it.
     */
    String pathPrefixOf(SignedInUser administrator);

    /** An area offered as a scope; {@code value} is its id. */
    record ScopeArea(long value, String label) {
    }
}
