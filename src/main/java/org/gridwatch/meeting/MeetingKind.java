package org.gridwatch.meeting;

/** 联席会议, 推进会, 工作专班会议. */
public enum MeetingKind {
    JOINT_MEETING, PROGRESS_MEETING, WORK_TEAM_MEETING
}
