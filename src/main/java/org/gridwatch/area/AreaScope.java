package org.gridwatch.area;

/**
 * The part of the tree a user may see: every area whose path starts with {@link #pathPrefix()}.
 * Queries apply it in SQL, e.g. {@code grid_id in (select a.id from area a where a.path like :scope || '%')}
 * with {@code :scope} bound to {@code pathPrefix()}; see {@link AreaDirectory#scopeOf}.
 */
public record AreaScope(String pathPrefix) {

    /** A prefix no path has: the scope of a user without any area. */
    private static final String NOTHING = "~";

    public static AreaScope everything() {
        return new AreaScope("/");
    }

    public static AreaScope nothing() {
        return new AreaScope(NOTHING);
    }

    public boolean includesPath(String path) {
        return path != null && path.startsWith(pathPrefix);
    }
}
