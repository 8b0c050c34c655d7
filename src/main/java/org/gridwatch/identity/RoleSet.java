package org.gridwatch.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The groups of roles the access rules are written with, named once: a module's URL rules
 * ({@link AccessRules}), the flags its pages show or hide things by ({@link SignedInUser#hasAny(RoleSet)}) and the
 * menu all use these names, so a role list is never spelled out twice.
 */
public enum RoleSet {

    /** Administrators only: the area tree, accounts, rebuilding figures. */
    ADMINS(Role.ADMIN),
    /** Supervisors only: confirming ratings, revealing a tip's sealed source. */
    SUPERVISORS(Role.SUPERVISOR),
    /** Who manages: administrators and supervisors. */
    MANAGEMENT(Role.ADMIN, Role.SUPERVISOR),
    /** Who handles tips: supervisors and officers. */
    CASE_HANDLERS(Role.SUPERVISOR, Role.OFFICER),
    /** The police: administrators, supervisors and officers (no auxiliaries, no mediators). */
    POLICE(Role.ADMIN, Role.SUPERVISOR, Role.OFFICER),
    /** Everyone who works the grids' records: all but mediators. */
    FIELD_STAFF(Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUXILIARY),
    /** Who is on duty in grids: officers and auxiliaries. */
    GRID_STAFF(Role.OFFICER, Role.AUXILIARY),
    /** Officers and auxiliaries, and administrators: who may edit any visit of their scope. */
    ADMINS_AND_GRID_STAFF(Role.ADMIN, Role.OFFICER, Role.AUXILIARY),
    /** Every role, mediators included. */
    EVERYONE(Role.values());

    private final Set<Role> roles;

    RoleSet(Role... roles) {
        this.roles = Set.copyOf(EnumSet.copyOf(Arrays.asList(roles)));
    }

    public Set<Role> roles() {
        return roles;
    }

    /** The role names as {@code hasAnyRole(...)} takes them (without the {@code ROLE_} prefix). */
    public String[] names() {
        return roles.stream().sorted().map(Role::name).toArray(String[]::new);
    }

    public boolean includes(Role role) {
        return roles.contains(role);
    }
}
