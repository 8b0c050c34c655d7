package org.gridwatch.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridwatch.shared.RejectedInput;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void aPasswordShorterThanTenCharactersIsRejected() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "li.ming", "123456789"))
                .isInstanceOf(RejectedInput.class).hasMessage("password: password.tooShort");
    }

    @Test
    void thePasswordMayNotBeTheUsernameInAnyCase() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "officer.linhe", "OFFICER.LINHE"))
                .isInstanceOf(RejectedInput.class).hasMessage("password: password.sameAsUsername");
    }

    @Test
    void aPasswordBeyondWhatBcryptReadsIsRejectedRatherThanCut() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "li.ming", "x".repeat(73)))
                .isInstanceOf(RejectedInput.class).hasMessage("password: password.tooLong");
        assertThatCode(() -> PasswordPolicy.check("password", "li.ming", "x".repeat(72))).doesNotThrowAnyException();
    }

    @Test
    void tenCharactersThatAreNotTheUsernameAreAccepted() {
        assertThatCode(() -> PasswordPolicy.check("password", "li.ming", "0123456789")).doesNotThrowAnyException();
    }
}
