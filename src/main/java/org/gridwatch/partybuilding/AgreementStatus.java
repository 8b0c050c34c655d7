package org.gridwatch.partybuilding;

/** An agreement is ACTIVE until ended explicitly or until its period has passed. */
public enum AgreementStatus {
    ACTIVE, ENDED
}
