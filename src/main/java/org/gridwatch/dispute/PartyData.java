package org.gridwatch.dispute;

import java.util.regex.Pattern;

/** One party as entered: a name, and optionally a phone and an 18-character resident ID number. */
public record PartyData(String name, String phone, String idNumber) {

    public static final int NAME_LENGTH = 60;
    /** A mobile number (11 digits from 13…19) or a landline with its area code (010-12345678). */
    public static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

    public static boolean validPhone(String phone) {
        return phone != null && PHONE.matcher(phone.strip()).matches();
    }

    /** True when nothing at all was entered (an unused row of the form). */
    public boolean isEmpty() {
        return blank(name) && blank(phone) && blank(idNumber);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
