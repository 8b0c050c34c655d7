package org.gridwatch.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.Text;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes duty: assigns people to grids, ends assignments, sets link channels and hands a person's duty
 * over to a successor. Every method checks the scope; a broken rule is a {@link RejectedInput}.
 */
@Service
@Transactional
public class DutyManagement {

    private final DutyAssignmentRepository assignments;
    private final GridLinkRepository links;
    private final HandoverRepository handovers;
    private final DutyDirectory directory;
    private final PersonDirectory people;
    private final PeopleManagement register;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DutyManagement(DutyAssignmentRepository assignments, GridLinkRepository links, HandoverRepository handovers,
            DutyDirectory directory, PersonDirectory people, PeopleManagement register, ApplicationEventPublisher events,
            Clock clock) {
        this.register = register;
        this.assignments = assignments;
        this.links = links;
        this.handovers = handovers;
        this.directory = directory;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Puts a person on duty in a grid. The person must be of a kind the role accepts; a second responsible
     * officer or liaison over overlapping dates is refused by the database and reported on {@code validFrom}.
     */
    public long assign(NewAssignment request, AreaScope scope) {
        AreaSummary grid = directory.grid(request.gridId(), scope);
        if (grid.retired()) {
            throw new RejectedInput("gridId", "duty.grid.retired");
        }
        PersonSummary person = people.find(request.personId(), scope)
                .orElseThrow(() -> new RejectedInput("personId", "duty.person.unknown"));
        if (!person.active()) {
            throw new RejectedInput("personId", "duty.person.inactive");
        }
        if (!request.role().accepts(person.kind())) {
            throw new RejectedInput("personId", "duty.person.wrongKind." + request.role());
        }
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw new RejectedInput("validTo", "duty.validTo.beforeFrom");
        }
        DutyAssignment assignment = new DutyAssignment(grid.id(), person.id(), request.role(), request.validFrom(),
                request.validTo(), Text.trimmedOrNull(request.note()), now());
        return insert(assignment).getId();
    }

    /** Ends an assignment on {@code lastDay}; stale versions throw {@link StaleEditException}. */
    public void end(long assignmentId, long version, LocalDate lastDay, AreaScope scope) {
        DutyAssignment assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new RecordNotFoundException("DutyAssignment", assignmentId));
        directory.grid(assignment.getGridId(), scope);
        if (assignment.getVersion() != version) {
            throw new StaleEditException("DutyAssignment", assignmentId);
        }
        assignment.endOn(lastDay, now());
        assignments.flush();
    }

    /** One assignment in scope, for the end form. */
    @Transactional(readOnly = true)
    public AssignmentView assignment(long assignmentId, AreaScope scope) {
        DutyAssignment assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new RecordNotFoundException("DutyAssignment", assignmentId));
        directory.grid(assignment.getGridId(), scope);
        return directory.history(assignment.getGridId(), scope).stream()
                .filter(a -> a.id() == assignmentId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("DutyAssignment", assignmentId));
    }

    /** The grid's link channel with its version (0 and empty when none is set yet). */
    @Transactional(readOnly = true)
    public Optional<GridLinkView> link(long gridId, AreaScope scope) {
        directory.grid(gridId, scope);
        return links.findByGridId(gridId).map(l -> new GridLinkView(l.getGridId(), l.getChannel(), l.getVersion()));
    }

    /**
     * Sets the grid's link channel. {@code version} is the version the form was loaded with, or null when
     * the grid had no channel then; anything else changed meanwhile throws {@link StaleEditException}.
     */
    public void setLink(long gridId, String channel, Long version, AreaScope scope) {
        directory.grid(gridId, scope);
        Optional<GridLink> existing = links.findByGridId(gridId);
        if (existing.isPresent()) {
            GridLink link = existing.get();
            if (version == null || link.getVersion() != version) {
                throw new StaleEditException("GridLink", gridId);
            }
            link.rename(channel.trim(), now());
            links.flush();
            return;
        }
        if (version != null) {
            throw new StaleEditException("GridLink", gridId);
        }
        try {
            links.saveAndFlush(new GridLink(gridId, channel.trim(), now()));
        } catch (DataIntegrityViolationException raced) {
            throw new StaleEditException("GridLink", gridId);
        }
    }

    /**
     * Hands every assignment the leaver holds open on {@code date} to a successor of the same kind: the
     * leaver's end the day before, the successor's begin on {@code date} (and end when the leaver's would
     * have). One that only begins on {@code date} is withdrawn from the leaver, who never served it (the
     * audit keeps it). Records the handover and publishes {@link DutyHandedOver}. All in one transaction.
     */
    public HandoverResult handOver(long leaverId, long successorId, LocalDate date, Long byAccountId,
            AreaScope scope) {
        return handOver(leaverId, successorId, date, byAccountId, false, scope);
    }

    /**
     * {@link #handOver(long, long, LocalDate, Long, AreaScope)}, and when the leaver {@code leaves} the service
     * (the handover takes effect today or earlier; {@code duty.handover.leavesLater} on {@code leaves} otherwise):
     * they are no longer active and their account is disabled, which ends its sessions once committed.
     */
    public HandoverResult handOver(long leaverId, long successorId, LocalDate date, Long byAccountId, boolean leaves,
            AreaScope scope) {
        if (leaves && date.isAfter(directory.today())) {
            throw new RejectedInput("leaves", "duty.handover.leavesLater");
        }
        PersonSummary leaver = people.find(leaverId, scope)
                .orElseThrow(() -> new RejectedInput("leaverId", "duty.person.unknown"));
        PersonSummary successor = people.find(successorId, scope)
                .orElseThrow(() -> new RejectedInput("successorId", "duty.person.unknown"));
        if (leaver.id() == successor.id()) {
            throw new RejectedInput("successorId", "duty.handover.same");
        }
        if (leaver.kind() != successor.kind()) {
            throw new RejectedInput("successorId", "duty.handover.otherKind");
        }
        if (!successor.active()) {
            throw new RejectedInput("successorId", "duty.person.inactive");
        }
        List<DutyAssignment> open = assignments.findOpenOn(leaver.id(), date);
        if (open.isEmpty()) {
            throw new RejectedInput("leaverId", "duty.handover.nothingOpen");
        }
        for (DutyAssignment assignment : open) {
            directory.grid(assignment.getGridId(), scope);
        }
        Instant now = now();
        List<DutyAssignment> successors = new ArrayList<>();
        LinkedHashSet<Long> gridIds = new LinkedHashSet<>();
        for (DutyAssignment assignment : open) {
            successors.add(new DutyAssignment(assignment.getGridId(), successor.id(), assignment.getRole(), date,
                    assignment.getValidTo(), assignment.getNote(), now));
            if (assignment.getValidFrom().isBefore(date)) {
                assignment.endOn(date.minusDays(1), now);
            } else {
                // Ending it on the day it begins would still overlap the successor's and break one officer per grid.
                assignments.delete(assignment);
            }
            gridIds.add(assignment.getGridId());
        }
        assignments.flush();
        for (DutyAssignment assignment : successors) {
            insert(assignment);
        }
        Handover handover = handovers.saveAndFlush(
                new Handover(leaver.id(), successor.id(), date, byAccountId, open.size(), now));
        List<Long> grids = List.copyOf(gridIds);
        events.publishEvent(new DutyHandedOver(leaver.id(), successor.id(), date, grids));
        if (leaves) {
            register.leave(leaver.id(), scope);
        }
        return new HandoverResult(handover.getId(), open.size(), grids);
    }

    private DutyAssignment insert(DutyAssignment assignment) {
        try {
            return assignments.saveAndFlush(assignment);
        } catch (DataIntegrityViolationException e) {
            String message = String.valueOf(e.getMostSpecificCause().getMessage());
            if (message.contains("duty_one_officer_per_grid")) {
                throw new RejectedInput("validFrom", "duty.rule.oneOfficer");
            }
            if (message.contains("duty_one_liaison_per_grid")) {
                throw new RejectedInput("validFrom", "duty.rule.oneLiaison");
            }
            throw e;
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
