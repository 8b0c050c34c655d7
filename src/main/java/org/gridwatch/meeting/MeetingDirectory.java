package org.gridwatch.meeting;

import java.time.LocalDate;
import java.util.List;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.audit.AuditHistory;
import org.gridwatch.audit.HistoryEntry;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads work teams, joint meetings and action items; the scope is applied in every query. A meeting is in scope
 * by its convening area or by the home area of one of its action items' owners; an action item by its meeting's
 * area or its owner's home area. Overdue is computed in SQL for the application clock's today.
 */
@Service
@Transactional(readOnly = true)
public class MeetingDirectory {

    private static final LocalDate FAR_PAST = LocalDate.of(1900, 1, 1);
    private static final LocalDate FAR_FUTURE = LocalDate.of(3000, 1, 1);
    private static final int MAX_OPEN_ITEMS = 200;

    private final JointMeetingRepository meetings;
    private final ActionItemRepository items;
    private final WorkTeamRepository teams;
    private final MeetingQueries queries;
    private final MeetingLabels labels;
    private final AreaDirectory areas;
    private final AuditHistory audit;
    private final MeetingCalendar calendar;

    MeetingDirectory(JointMeetingRepository meetings, ActionItemRepository items, WorkTeamRepository teams,
            MeetingQueries queries, MeetingLabels labels, AreaDirectory areas, AuditHistory audit,
            MeetingCalendar calendar) {
        this.meetings = meetings;
        this.items = items;
        this.teams = teams;
        this.queries = queries;
        this.labels = labels;
        this.areas = areas;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** Today in the branch's time zone: an open item due before it is overdue. */
    public LocalDate today() {
        return calendar.today();
    }

    // ---- action items

    /**
     * The open action items a person owns, visible within the scope, by due day (earliest first, so the overdue
     * ones lead), each flagged overdue or not. For the owner's home page.
     */
    public List<ActionItemView> openItemsOf(long personId, AreaScope scope) {
        return items(new ActionItemFilter(personId, false, ActionStatus.OPEN, null, "due"), scope,
                PageRequest.of(0, MAX_OPEN_ITEMS)).getContent();
    }

    /** The overdue action items of the scope (open, due before today), earliest due first: the supervisor's list. */
    public Page<ActionItemView> overdue(AreaScope scope, Pageable pageable) {
        return items(new ActionItemFilter(null, true, ActionStatus.OPEN, null, "due"), scope, pageable);
    }

    /** How many action items of the scope are overdue today. */
    public long overdueCount(AreaScope scope) {
        return queries.countItems(scope.pathPrefix(), scope.pathPrefix(),
                new ActionItemFilter(null, true, ActionStatus.OPEN, null, "due"), today());
    }

    /** A page of action items of the scope narrowed by the filter (an area outside the scope is a 404). */
    public Page<ActionItemView> items(ActionItemFilter filter, AreaScope scope, Pageable pageable) {
        String within = within(filter.areaId(), scope);
        LocalDate today = today();
        long total = queries.countItems(scope.pathPrefix(), within, filter, today);
        List<ActionItemView> rows = queries.items(scope.pathPrefix(), within, filter, today, pageable.getPageSize(),
                pageable.getOffset()).stream().map(this::view).toList();
        return new PageImpl<>(rows, pageable, total);
    }

    /** One action item within the scope; a 404 otherwise. */
    public ActionItemView item(long id, AreaScope scope) {
        items.findWithin(id, scope.pathPrefix()).orElseThrow(() -> new RecordNotFoundException("ActionItem", id));
        return view(queries.item(id, today()));
    }

    /** The action items of a meeting within the scope, in the order they were added. */
    public List<ActionItemView> itemsOf(long meetingId, AreaScope scope) {
        meeting(meetingId, scope);
        return queries.itemsOfMeeting(meetingId, today()).stream().map(this::view).toList();
    }

    /** The change history of an action item within the scope, newest first. */
    public List<HistoryEntry> itemHistory(long id, AreaScope scope) {
        item(id, scope);
        return audit.of(ActionItem.class, id);
    }

    // ---- meetings

    /** One meeting within the scope; a 404 otherwise. */
    public MeetingView meeting(long id, AreaScope scope) {
        return view(meetings.findWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("JointMeeting", id)));
    }

    /**
     * A page of meetings, newest first, within the scope and {@code areaId}'s subtree (whole scope when null; an
     * area outside the scope is a 404), held between {@code from} and {@code to} (inclusive), of a kind, with
     * their item counts.
     */
    public Page<MeetingRow> meetings(Long areaId, LocalDate from, LocalDate to, MeetingKind kind, AreaScope scope,
            Pageable pageable) {
        String within = within(areaId, scope);
        LocalDate start = from == null ? FAR_PAST : from;
        LocalDate end = to == null ? FAR_FUTURE : to;
        long total = queries.countMeetings(scope.pathPrefix(), within, start, end, kind);
        List<MeetingRow> rows = queries.meetings(scope.pathPrefix(), within, start, end, kind, today(),
                pageable.getPageSize(), pageable.getOffset()).stream()
                .map(m -> new MeetingRow(m.id(), m.kind(), m.title(), m.heldOn(), labels.area(m.areaId()), m.items(),
                        m.open(), m.overdue()))
                .toList();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Whether the meeting was convened within the scope (a supervisor there may change it and add items). */
    public boolean convenedWithin(long meetingId, AreaScope scope) {
        return meetings.findConvenedWithin(meetingId, scope.pathPrefix()).isPresent();
    }

    /** The change history of a meeting within the scope, newest first. */
    public List<HistoryEntry> meetingHistory(long id, AreaScope scope) {
        meeting(id, scope);
        return audit.of(JointMeeting.class, id);
    }

    // ---- work teams

    /** One work team convened within the scope; a 404 otherwise. */
    public WorkTeamView team(long id, AreaScope scope) {
        return view(teams.findWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("WorkTeam", id)));
    }

    /** A page of work teams by name convened in {@code areaId}'s subtree (whole scope when null). */
    public Page<WorkTeamView> teams(Long areaId, AreaScope scope, Pageable pageable) {
        return teams.search(scope.pathPrefix(), within(areaId, scope),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())).map(this::view);
    }

    /** The work teams of the scope by name, for the meeting form's picker. */
    public List<Participant> teamChoices(AreaScope scope) {
        return teams.findAllWithin(scope.pathPrefix()).stream().map(t -> new Participant(t.getId(), t.getName()))
                .toList();
    }

    /** The change history of a work team within the scope, newest first. */
    public List<HistoryEntry> teamHistory(long id, AreaScope scope) {
        team(id, scope);
        return audit.of(WorkTeam.class, id);
    }

    // ---- views

    MeetingView view(JointMeeting m) {
        String teamName = m.getWorkTeamId() == null ? null
                : teams.findById(m.getWorkTeamId()).map(WorkTeam::getName).orElse(null);
        return new MeetingView(m.getId(), m.getKind(), m.getTitle(), m.getHeldOn(), m.getAreaId(),
                labels.area(m.getAreaId()), m.getWorkTeamId(), teamName, labels.persons(m.getPersonIds()),
                labels.partnerUnits(m.getPartnerUnitIds()), m.getDecisions(), m.getUpdatedAt(), m.getVersion());
    }

    WorkTeamView view(WorkTeam t) {
        return new WorkTeamView(t.getId(), t.getName(), t.getAreaId(), labels.area(t.getAreaId()), t.getPurpose(),
                labels.persons(t.getPersonIds()), labels.partnerUnits(t.getPartnerUnitIds()), t.getUpdatedAt(),
                t.getVersion());
    }

    ActionItemView view(ActionItem item) {
        return view(queries.item(item.getId(), today()));
    }

    private ActionItemView view(MeetingQueries.ItemLine i) {
        return new ActionItemView(i.id(), i.meetingId(), i.meetingTitle(), i.meetingKind(), i.heldOn(), i.text(),
                i.ownerPersonId(), i.ownerPartnerUnitId(), labels.owner(i.ownerPersonId(), i.ownerPartnerUnitId()),
                i.dueOn(), i.status(), i.overdue(), i.closedNote(), i.closedAt(), labels.account(i.closedBy()),
                i.version());
    }

    private String within(Long areaId, AreaScope scope) {
        return areaId == null ? scope.pathPrefix() : areas.get(areaId, scope).path();
    }
}
