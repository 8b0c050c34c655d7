package org.gridwatch.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaType;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.place.PartnerDirectory;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records work teams and joint meetings with their action items, and closes action items. A rule broken by the
 * input is a {@link RejectedInput} naming the field ({@code items[row].field} for an
 * action item sent with a new meeting); a record outside the scope a 404;
 * a version no longer current a {@link StaleEditException}.
 */
@Service
@Transactional
public class MeetingManagement {

    public static final int MAX_TEXT = 500;
    public static final int MAX_NOTE = 1000;
    private static final Set<AreaType> CONVENING = Set.of(AreaType.BRANCH, AreaType.STATION, AreaType.COMMUNITY);

    private final JointMeetingRepository meetings;
    private final ActionItemRepository items;
    private final WorkTeamRepository teams;
    private final MeetingDirectory directory;
    private final AreaDirectory areas;
    private final PersonDirectory people;
    private final PartnerDirectory partners;
    private final MeetingCalendar calendar;

    MeetingManagement(JointMeetingRepository meetings, ActionItemRepository items, WorkTeamRepository teams,
            MeetingDirectory directory, AreaDirectory areas, PersonDirectory people, PartnerDirectory partners,
            MeetingCalendar calendar) {
        this.meetings = meetings;
        this.items = items;
        this.teams = teams;
        this.directory = directory;
        this.areas = areas;
        this.people = people;
        this.partners = partners;
        this.calendar = calendar;
    }

    /** Records a work team convened by an area of the scope, of people and partner units of the scope. */
    public WorkTeamView createTeam(WorkTeamData data, AreaScope scope) {
        checkTeam(data, Set.of(), Set.of(), scope);
        return directory.view(teams.saveAndFlush(new WorkTeam(data, calendar.now())));
    }

    /** Changes a work team within the scope; members already in it may stay. */
    public WorkTeamView changeTeam(long id, long version, WorkTeamData data, AreaScope scope) {
        WorkTeam team = teams.findWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("WorkTeam", id));
        if (team.getVersion() != version) {
            throw new StaleEditException("WorkTeam", id);
        }
        checkTeam(data, team.getPersonIds(), team.getPartnerUnitIds(), scope);
        team.change(data, calendar.now());
        return directory.view(teams.saveAndFlush(team));
    }

    /**
     * Records a meeting convened by an area of the scope with its action items (rows in order; a rule broken in a
     * row names its field as {@code items[row].field}). Each item's owner is a person or a partner unit of the scope, exactly one of the two.
     */
    public MeetingView createMeeting(MeetingData data, List<ActionItemData> actionItems, Long accountId,
            AreaScope scope) {
        checkMeeting(data, Set.of(), Set.of(), scope);
        List<Long> ownerAreas = new ArrayList<>();
        for (int row = 0; row < actionItems.size(); row++) {
            try {
                ownerAreas.add(checkItem(actionItems.get(row), data.heldOn(), scope));
            } catch (RejectedInput e) {
                throw e.at("items[" + row + "]." + e.field());
            }
        }
        JointMeeting meeting = meetings.saveAndFlush(new JointMeeting(data, accountId, calendar.now()));
        for (int row = 0; row < actionItems.size(); row++) {
            items.save(new ActionItem(meeting.getId(), actionItems.get(row), ownerAreas.get(row), calendar.now()));
        }
        items.flush();
        return directory.view(meeting);
    }

    /** Changes a meeting convened within the scope (its items are added and closed one by one). */
    public MeetingView changeMeeting(long id, long version, MeetingData data, AreaScope scope) {
        JointMeeting meeting = convened(id, scope);
        if (meeting.getVersion() != version) {
            throw new StaleEditException("JointMeeting", id);
        }
        checkMeeting(data, meeting.getPersonIds(), meeting.getPartnerUnitIds(), scope);
        meeting.change(data, calendar.now());
        return directory.view(meetings.saveAndFlush(meeting));
    }

    /** Adds an action item to a meeting convened within the scope. */
    public ActionItemView addItem(long meetingId, ActionItemData data, AreaScope scope) {
        JointMeeting meeting = convened(meetingId, scope);
        long ownerArea = checkItem(data, meeting.getHeldOn(), scope);
        return directory.view(items.saveAndFlush(new ActionItem(meetingId, data, ownerArea, calendar.now())));
    }

    /**
     * Closes an open action item within the scope with a note. Only its owner person or a supervisor (SUPERVISOR or
     * ADMIN; for a unit's item only they) may: anyone else gets a 403. An item already closed is a
     * {@link org.gridwatch.shared.web.NotAllowedException} (the 409 page); a {@code version} no longer current a
     * {@link StaleEditException}. Of two closings racing with the same version, one wins and the other fails.
     */
    public ActionItemView closeItem(long id, long version, String note, ActionCloser closer, AreaScope scope) {
        ActionItem item = items.findWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("ActionItem", id));
        boolean owner = closer.personId() != null && closer.personId().equals(item.getOwnerPersonId());
        if (!owner && !closer.supervisor()) {
            throw new AccessDeniedException("only the owner or a supervisor closes action item " + id);
        }
        if (note == null || note.isBlank()) {
            throw new RejectedInput("note", "meeting.close.note.required");
        }
        if (note.trim().length() > MAX_NOTE) {
            throw new RejectedInput("note", "meeting.close.note.tooLong");
        }
        if (item.getStatus() == ActionStatus.OPEN && item.getVersion() != version) {
            throw new StaleEditException("ActionItem", id);
        }
        item.close(note, closer.accountId(), calendar.now());
        return directory.view(items.saveAndFlush(item));
    }

    private JointMeeting convened(long id, AreaScope scope) {
        return meetings.findConvenedWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("JointMeeting", id));
    }

    private void checkArea(Long areaId, AreaScope scope) {
        if (areaId == null) {
            throw new RejectedInput("areaId", "NotNull");
        }
        areas.find(areaId, scope).filter(a -> !a.retired() && CONVENING.contains(a.type()))
                .orElseThrow(() -> new RejectedInput("areaId", "meeting.area.invalid"));
    }

    private void checkParticipants(Set<Long> personIds, Set<Long> currentPeople, Set<Long> unitIds,
            Set<Long> currentUnits, AreaScope scope) {
        for (long person : personIds) {
            if (!currentPeople.contains(person) && people.find(person, scope).isEmpty()) {
                throw new RejectedInput("personIds", "meeting.people.outsideScope");
            }
        }
        for (long unit : unitIds) {
            if (!currentUnits.contains(unit) && partners.find(unit, scope).isEmpty()) {
                throw new RejectedInput("partnerUnitIds", "meeting.units.outsideScope");
            }
        }
    }

    private void checkTeam(WorkTeamData data, Set<Long> currentPeople, Set<Long> currentUnits, AreaScope scope) {
        checkArea(data.areaId(), scope);
        checkParticipants(data.personIds(), currentPeople, data.partnerUnitIds(), currentUnits, scope);
        if (data.personIds().isEmpty() && data.partnerUnitIds().isEmpty()) {
            throw new RejectedInput("personIds", "meeting.team.members.required");
        }
    }

    private void checkMeeting(MeetingData data, Set<Long> currentPeople, Set<Long> currentUnits, AreaScope scope) {
        if (data.heldOn() != null && data.heldOn().isAfter(calendar.today())) {
            throw new RejectedInput("heldOn", "meeting.date.future");
        }
        checkArea(data.areaId(), scope);
        if (data.workTeamId() != null && teams.findWithin(data.workTeamId(), scope.pathPrefix()).isEmpty()) {
            throw new RejectedInput("workTeamId", "meeting.team.invalid");
        }
        checkParticipants(data.personIds(), currentPeople, data.partnerUnitIds(), currentUnits, scope);
    }

    /** An item's rules; returns the owner's home area (which keeps the item visible to the owner). */
    private long checkItem(ActionItemData data, java.time.LocalDate heldOn, AreaScope scope) {
        if (data.text() == null || data.text().isBlank()) {
            throw new RejectedInput("text", "NotBlank");
        }
        if (data.text().trim().length() > MAX_TEXT) {
            throw new RejectedInput("text", "meeting.item.text.tooLong");
        }
        if (data.dueOn() == null) {
            throw new RejectedInput("dueOn", "NotNull");
        }
        if (heldOn != null && data.dueOn().isBefore(heldOn)) {
            throw new RejectedInput("dueOn", "meeting.due.beforeMeeting");
        }
        if ((data.ownerPersonId() == null) == (data.ownerPartnerUnitId() == null)) {
            throw new RejectedInput("owner", data.ownerPersonId() == null ? "meeting.owner.required"
                    : "meeting.owner.both");
        }
        if (data.ownerPersonId() != null) {
            return people.find(data.ownerPersonId(), scope)
                    .orElseThrow(() -> new RejectedInput("owner", "meeting.owner.outsideScope"))
                    .homeAreaId();
        }
        return partners.find(data.ownerPartnerUnitId(), scope)
                .orElseThrow(() -> new RejectedInput("owner", "meeting.owner.outsideScope"))
                .homeAreaId();
    }
}
