package org.gridwatch.shared.web;

import org.springframework.stereotype.Component;

/**
 * Masks phone numbers for lists (docs/design.md §7): {@code 13812341234} → {@code 138****1234}. Templates call it
 * as {@code @phones.masked(phone)}; detail pages show the full value.
 */
@Component("phones")
public class PhoneMask {

    public String masked(String phone) {
        if (phone == null || phone.isBlank()) {
            return "—";
        }
        String digits = phone.strip();
        if (digits.length() <= 4) {
            return "****";
        }
        if (digits.length() < 8) {
            return "****" + digits.substring(digits.length() - 4);
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }
}
