package org.gridwatch.people;

/**
 * What a user (or an importer) says about a person. {@code kind} is fixed once created; {@code policeNumber}
 * and {@code post} count for officers, {@code mediatorKind} for mediators; {@code accountUsername} optionally
 * links an existing sign-in account.
 */
public record PersonData(PersonKind kind, MediatorKind mediatorKind, String name, String phone, long homeAreaId,
        String policeNumber, String post, String accountUsername, boolean active) {
}
