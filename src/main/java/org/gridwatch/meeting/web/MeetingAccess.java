package org.gridwatch.meeting.web;

import org.gridwatch.identity.Role;

/** Who may read and write the meeting pages (a 403 page for anyone else). */
final class MeetingAccess {

    /** Officers and auxiliaries read meetings and close the action items they own. */
    static final Role[] READ = {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUXILIARY};
    static final Role[] WRITE = {Role.ADMIN, Role.SUPERVISOR};

    private MeetingAccess() {
    }
}
