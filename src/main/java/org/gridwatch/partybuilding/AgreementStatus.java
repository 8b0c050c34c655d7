package org.gridwatch.partybuilding;

import org.springframework.modulith.NamedInterface;

/** An agreement is ACTIVE until ended explicitly or until its period has passed. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public enum AgreementStatus {
    ACTIVE, ENDED
}
