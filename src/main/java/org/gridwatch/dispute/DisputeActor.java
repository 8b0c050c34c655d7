package org.gridwatch.dispute;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.Role;

/**
 * Who reads or acts on disputes, in which scope, and when: the account (null for the demo loader), the person
 * linked to it (null if none), the name stamped on the timeline, the account's roles, and the time of the act
 * (null = the clock's now; set only to enter past work, such as demo data or a paper ledger).
 */
public record DisputeActor(Long accountId, Long personId, String name, Set<Role> roles, AreaScope scope,
        Instant at) {

    private static final Set<Role> SEE_ALL_IN_SCOPE = EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.OFFICER,
            Role.AUXILIARY);

    public DisputeActor {
        roles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    /** A MEDIATOR without another role that sees the whole scope: such an actor sees only disputes it is on. */
    public boolean teamOnly() {
        return roles.contains(Role.MEDIATOR) && roles.stream().noneMatch(SEE_ALL_IN_SCOPE::contains);
    }

    /** The person whose teams limit what this actor sees (-1 = nobody's, for a mediator without a person), or null. */
    Long teamPerson() {
        if (!teamOnly()) {
            return null;
        }
        return personId == null ? -1L : personId;
    }

    /** Supervisors and admins read ID numbers and phones in full on every dispute of their scope. */
    public boolean supervises() {
        return roles.contains(Role.ADMIN) || roles.contains(Role.SUPERVISOR);
    }
}
