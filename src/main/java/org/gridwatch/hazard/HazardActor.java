package org.gridwatch.hazard;

/**
 * Who moves a hazard: the account (null for loaders without one), the person behind it (null for an account
 * without a person record), the name stamped on the timeline, and whether they may verify (not auxiliaries).
 */
public record HazardActor(Long accountId, Long personId, String name, boolean mayVerify) {

    /** Whether both stand for the same person: the same account or the same person record. */
    boolean sameAs(Long otherAccountId, Long otherPersonId) {
        return (accountId != null && accountId.equals(otherAccountId))
                || (personId != null && personId.equals(otherPersonId));
    }
}
