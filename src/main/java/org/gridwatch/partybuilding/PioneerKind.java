package org.gridwatch.partybuilding;

/** 党员先锋岗 or 党员示范岗. */
public enum PioneerKind {
    PIONEER, MODEL
}
