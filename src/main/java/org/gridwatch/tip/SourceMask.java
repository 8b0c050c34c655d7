package org.gridwatch.tip;

/**
 * How a sealed identity is shown to everyone who has not revealed it: the first character of the name and
 * {@code **} (whatever its length), a mobile number as {@code 138****0000}, any other contact as its first
 * character, {@code ****} and its last two.
 */
final class SourceMask {

    static final String HIDDEN = "****";

    private SourceMask() {
    }

    static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        return new String(Character.toChars(trimmed.codePointAt(0))) + "**";
    }

    static String contact(String contact) {
        if (contact == null || contact.isBlank()) {
            return null;
        }
        String trimmed = contact.strip();
        String digits = trimmed.replaceAll("[\\s\\-+()]", "");
        if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        if (digits.length() >= 11 && digits.chars().allMatch(Character::isDigit)) {
            return digits.substring(0, 3) + HIDDEN + digits.substring(digits.length() - 4);
        }
        int[] points = trimmed.codePoints().toArray();
        if (points.length < 6) {
            return HIDDEN;
        }
        return new String(points, 0, 1) + HIDDEN + new String(points, points.length - 2, 2);
    }
}
