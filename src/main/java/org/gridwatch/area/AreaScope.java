package org.gridwatch.area;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * SQL for the id (as text) of the area directly below the path bound to {@code :parameter} that holds an area
     * whose path is in {@code pathColumn}: {@code /1/2/} and {@code /1/2/7/9/} give {@code 7}. With
     * {@code pathColumn like :parameter || '%'} it groups a subtree's rows by child area in one pass (a report's
     * line per station).
     */
    public static String childOf(String pathColumn, String parameter) {
        return "split_part(substr(" + pathColumn + ", length(:" + parameter + ") + 1), '/', 1)";
    }

    /** Reads the map of {@code childOf} counts: child id to count, rows of the parent itself (a grid) left out. */
    public static Map<Long, Long> byChild(List<Map.Entry<String, Long>> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.stream().filter(row -> !row.getKey().isEmpty())
                .forEach(row -> counts.merge(Long.valueOf(row.getKey()), row.getValue(), Long::sum));
        return counts;
    }

    public boolean includesPath(String path) {
        return path != null && path.startsWith(pathPrefix);
    }
}
