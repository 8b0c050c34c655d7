package org.gridwatch.partybuilding.web;

import org.gridwatch.identity.Role;

/** Who may read and write party-building pages (a 403 page for anyone else). */
final class PartyAccess {

    static final Role[] READ = {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER};
    static final Role[] WRITE = {Role.ADMIN, Role.SUPERVISOR};
    /** The pioneer posts on a grid's duty card are read by everyone who sees the card. */
    static final Role[] CARD = {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUXILIARY};

    private PartyAccess() {
    }
}
