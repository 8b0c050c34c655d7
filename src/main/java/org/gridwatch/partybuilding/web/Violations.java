package org.gridwatch.partybuilding.web;

import org.gridwatch.partybuilding.PartyRuleViolation;
import org.springframework.validation.Errors;

/** Puts a rule the facade refused beside its field. */
final class Violations {

    private Violations() {
    }

    static void show(PartyRuleViolation violation, Errors errors) {
        errors.rejectValue(violation.field(), violation.messageKey(), violation.args(), null);
    }
}
