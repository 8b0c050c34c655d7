package org.gridwatch.place.web;

import java.util.Arrays;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.springframework.security.access.AccessDeniedException;

/** Who may read and write on the place pages (a 403 page for anyone else). */
final class Permissions {

    static final Role[] READ = {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUXILIARY};
    static final Role[] WRITE_PLACES = {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER};
    static final Role[] WRITE_PARTNERS = {Role.ADMIN, Role.SUPERVISOR};

    private Permissions() {
    }

    static boolean any(SignedInUser user, Role... roles) {
        return Arrays.stream(roles).anyMatch(user::has);
    }

    static void require(SignedInUser user, Role... roles) {
        if (!any(user, roles)) {
            throw new AccessDeniedException("Not allowed");
        }
    }

    static Long parseId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static int parsePage(String value) {
        Long page = parseId(value);
        return page == null || page < 0 || page > 100_000 ? 0 : page.intValue();
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
