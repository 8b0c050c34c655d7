package org.gridwatch.dispute;

import static org.gridwatch.dispute.DisputeState.ACCEPTED;
import static org.gridwatch.dispute.DisputeState.MEDIATING;
import static org.gridwatch.dispute.DisputeState.REFERRED;
import static org.gridwatch.dispute.DisputeState.REPORTED;
import static org.gridwatch.dispute.DisputeState.RESOLVED;

import java.util.EnumSet;
import java.util.Set;
import org.gridwatch.identity.Role;
import org.springframework.modulith.NamedInterface;

/**
 * What can be done to a dispute, in which states, and by whom. Decisions that commit the police (accept, refer,
 * escalate, close after the call-back, change the team) need an OFFICER, SUPERVISOR or ADMIN. The mediation work
 * itself (start mediating, record a session, resolve with an agreement) may also be recorded by an AUXILIARY and by
 * a MEDIATOR on the dispute's team. Intake corrections, until an outcome, are for those who log records and either
 * are on the team or supervise (they alone see the parties' numbers in full).
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public enum DisputeAction {
    /** Only for those who see the parties' numbers in full: the case team and supervisors. */
    EDIT(EnumSet.of(REPORTED, ACCEPTED, MEDIATING), Roles.WORKERS, false),
    TEAM(EnumSet.of(REPORTED, ACCEPTED, MEDIATING), Roles.OFFICERS, false),
    ACCEPT(EnumSet.of(REPORTED), Roles.OFFICERS, false),
    MEDIATE(EnumSet.of(ACCEPTED), Roles.WORKERS, true),
    SESSION(EnumSet.of(MEDIATING), Roles.WORKERS, true),
    RESOLVE(EnumSet.of(MEDIATING), Roles.WORKERS, true),
    REFER(EnumSet.of(ACCEPTED, MEDIATING), Roles.OFFICERS, false),
    ESCALATE(EnumSet.of(ACCEPTED, MEDIATING), Roles.OFFICERS, false),
    CLOSE(EnumSet.of(RESOLVED, REFERRED), Roles.OFFICERS, false);

    private final Set<DisputeState> from;
    private final Set<Role> roles;
    private final boolean teamMediators;

    DisputeAction(Set<DisputeState> from, Set<Role> roles, boolean teamMediators) {
        this.from = from;
        this.roles = roles;
        this.teamMediators = teamMediators;
    }

    /** Whether the action applies to a dispute in {@code state}. */
    public boolean allowedIn(DisputeState state) {
        return from.contains(state);
    }

    /** Whether the actor's roles allow it; a MEDIATOR only where {@code onTeam} (the actor is on the team). */
    public boolean allowedFor(DisputeActor actor, boolean onTeam) {
        if (this == EDIT && !onTeam && !actor.supervises()) {
            return false;
        }
        if (actor.roles().stream().anyMatch(roles::contains)) {
            return true;
        }
        return teamMediators && onTeam && actor.roles().contains(Role.MEDIATOR);
    }

    public String labelKey() {
        return "dispute.action." + name();
    }

    private static final class Roles {
        static final Set<Role> OFFICERS = EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.OFFICER);
        static final Set<Role> WORKERS = EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUXILIARY);
    }
}
