package org.gridwatch.meeting.web;

import java.util.Optional;

/**
 * An action item's owner as the owner picker sends it: {@code person-12} or {@code unit-3}. One select holds both
 * kinds, so a form can only ever name one owner.
 */
record OwnerRef(Long personId, Long partnerUnitId) {

    static final String PERSON = "person-";
    static final String UNIT = "unit-";

    static String person(long id) {
        return PERSON + id;
    }

    static String unit(long id) {
        return UNIT + id;
    }

    static Optional<OwnerRef> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.trim();
        try {
            if (text.startsWith(PERSON)) {
                return Optional.of(new OwnerRef(Long.valueOf(text.substring(PERSON.length())), null));
            }
            if (text.startsWith(UNIT)) {
                return Optional.of(new OwnerRef(null, Long.valueOf(text.substring(UNIT.length()))));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static String of(Long personId, Long partnerUnitId) {
        return personId != null ? person(personId) : partnerUnitId != null ? unit(partnerUnitId) : null;
    }
}
