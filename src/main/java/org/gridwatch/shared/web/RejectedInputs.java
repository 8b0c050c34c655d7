package org.gridwatch.shared.web;

import org.gridwatch.shared.RejectedInput;
import org.springframework.validation.Errors;

/**
 * Puts a facade's {@link RejectedInput} on the form, so the user sees it as they see a validation error:
 * {@code catch (RejectedInput e) { RejectedInputs.show(e, errors); return form(...); }}.
 */
public final class RejectedInputs {

    private RejectedInputs() {
    }

    /** Beside its field, or above the form when it names none. */
    public static void show(RejectedInput rejected, Errors errors) {
        if (rejected.field() == null) {
            errors.reject(rejected.messageKey(), rejected.args(), null);
        } else {
            errors.rejectValue(rejected.field(), rejected.messageKey(), rejected.args(), null);
        }
    }
}
