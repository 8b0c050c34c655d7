package org.gridwatch.place;

/** What a partner unit is: a mall, a market, a hospital, a university, an enterprise or something else. */
public enum PartnerKind {
    MALL, MARKET, HOSPITAL, UNIVERSITY, ENTERPRISE, OTHER
}
