package org.gridwatch.identity;

import java.security.SecureRandom;

/**
 * Initial passwords that are read off a printed sheet and typed once: 12 characters from an alphabet without
 * look-alikes (no 0/O, 1/l/I), in groups of four (about 70 bits).
 */
final class InitialPasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialPasswords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
