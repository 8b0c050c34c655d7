package org.gridwatch.fieldwork;

/**
 * How many matters of one kind were raised in a period and how many of them were acted on within their deadline
 * (the 管事率's parts). A matter still inside its deadline and not yet acted on is not counted at all.
 *
 * @param counted       matters raised in the period whose deadline has passed or that were acted on
 * @param actedInTime   those of them acted on within the deadline
 * @param definitionKey message key of what "acted on in time" means for this kind
 */
public record Handling(RecordKind kind, long counted, long actedInTime, String definitionKey) {

    public Handling {
        if (counted < 0 || actedInTime < 0 || actedInTime > counted) {
            throw new IllegalArgumentException("0 <= actedInTime <= counted");
        }
    }

    /** The parts of one kind added up (e.g. over an area's children); nothing counted when there are none. */
    public static Handling sum(RecordKind kind, String definitionKey, java.util.Collection<Handling> parts) {
        return new Handling(kind, parts.stream().mapToLong(Handling::counted).sum(),
                parts.stream().mapToLong(Handling::actedInTime).sum(), definitionKey);
    }

    /** Reads a {@code handlingByChild} result row: child key, counted, acted on in time. */
    public static java.util.Map.Entry<String, Handling> row(java.sql.ResultSet rs, RecordKind kind,
            String definitionKey) throws java.sql.SQLException {
        return java.util.Map.entry(rs.getString(1), new Handling(kind, rs.getLong(2), rs.getLong(3), definitionKey));
    }
}
