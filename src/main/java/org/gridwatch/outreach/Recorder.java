package org.gridwatch.outreach;

/** Who is writing a record down: the signed-in account (null for start-up jobs) and its display name. */
public record Recorder(Long accountId, String name) {
}
