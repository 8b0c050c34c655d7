package org.gridwatch.partybuilding;

/** 主题党日, 联建活动, 志愿服务, other. */
public enum ActivityKind {
    THEME_DAY, JOINT_ACTIVITY, VOLUNTEER, OTHER
}
