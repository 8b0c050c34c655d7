package org.gridwatch.patrol;

/** Who writes a patrol down: the signed-in account (null for demo data and imports) and its display name. */
public record Recorder(Long accountId, String name) {
}
