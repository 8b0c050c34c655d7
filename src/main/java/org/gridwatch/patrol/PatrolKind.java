package org.gridwatch.patrol;

/** 日常巡逻, 联合巡查 (with partner patrol teams), 专项行动巡逻, 护学岗, 交通巡逻. */
public enum PatrolKind {
    ROUTINE, JOINT, CAMPAIGN, SCHOOL_GUARD, TRAFFIC;

    /** Message key of the kind's name, e.g. {@code patrol.kind.JOINT}; also the subkind of its field record. */
    public String labelKey() {
        return "patrol.kind." + name();
    }

    /** Whether partner patrol teams take part (and at least one must). */
    public boolean withPartners() {
        return this == JOINT;
    }
}
