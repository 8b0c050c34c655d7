package org.gridwatch.place;

/** 住户, 企业, 场所, 院校, 商超, 医院, 警务室/警务站, 其他. */
public enum PlaceKind {
    HOUSEHOLD, ENTERPRISE, VENUE, SCHOOL, MARKET, HOSPITAL, POLICE_OFFICE, OTHER
}
