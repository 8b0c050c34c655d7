/**
 * Joint mechanisms (机制融合): work teams (工作专班) of people and partner units, joint meetings (联席会议, 推进会,
 * 专班会议) with their participants and decisions, and the meetings' action items — each owned by one person or
 * one partner unit, due on a day, OPEN until closed with a note (overdue when still open after its due day,
 * computed in SQL from the application clock). A meeting is in scope by its convening area or by the owners of its
 * action items; an item by its meeting's area or its owner's home area, so owners always see their items. Other
 * modules read through {@link org.gridwatch.meeting.MeetingDirectory} (e.g. a person's open items for the home
 * page, the overdue list) and write through {@link org.gridwatch.meeting.MeetingManagement}; the fragment
 * {@code meeting/fragments :: myItems(items)} shows a list of {@link org.gridwatch.meeting.ActionItemView}s.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Joint mechanisms",
        allowedDependencies = {"area", "audit", "fieldwork", "identity", "people", "place", "shared"})
package org.gridwatch.meeting;
