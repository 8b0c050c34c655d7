package org.gridwatch.people;

/** A read-only view of a person, enough for pickers, duty cards and labels. */
public record PersonSummary(long id, PersonKind kind, MediatorKind mediatorKind, String name, String phone,
        long homeAreaId, String policeNumber, String post, Long accountId, boolean active) {
}
