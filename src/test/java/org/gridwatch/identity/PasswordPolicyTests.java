package org.gridwatch.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void aPasswordShorterThanTenCharactersIsRejected() {
        assertThatThrownBy(() -> PasswordPolicy.check("li.ming", "123456789"))
                .isInstanceOf(PasswordRejectedException.class).hasMessage("password.tooShort");
    }

    @Test
    void thePasswordMayNotBeTheUsernameInAnyCase() {
        assertThatThrownBy(() -> PasswordPolicy.check("officer.linhe", "OFFICER.LINHE"))
                .isInstanceOf(PasswordRejectedException.class).hasMessage("password.sameAsUsername");
    }

    @Test
    void aPasswordBeyondWhatBcryptReadsIsRejectedRatherThanCut() {
        assertThatThrownBy(() -> PasswordPolicy.check("li.ming", "x".repeat(73)))
                .isInstanceOf(PasswordRejectedException.class).hasMessage("password.tooLong");
        assertThatCode(() -> PasswordPolicy.check("li.ming", "x".repeat(72))).doesNotThrowAnyException();
    }

    @Test
    void tenCharactersThatAreNotTheUsernameAreAccepted() {
        assertThatCode(() -> PasswordPolicy.check("li.ming", "0123456789")).doesNotThrowAnyException();
    }
}
