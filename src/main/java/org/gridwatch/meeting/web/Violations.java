package org.gridwatch.meeting.web;

import java.util.List;
import org.gridwatch.meeting.MeetingRuleViolation;
import org.springframework.validation.Errors;

/** Puts a rule the facade refused beside its field (in its action item row when it names one). */
final class Violations {

    private Violations() {
    }

    static void show(MeetingRuleViolation violation, Errors errors) {
        errors.rejectValue(violation.field(), violation.messageKey());
    }

    /** {@code rows}: the form row index of each item sent, in the order sent. */
    static void show(MeetingRuleViolation violation, Errors errors, List<Integer> rows) {
        if (violation.row() == null) {
            show(violation, errors);
        } else {
            errors.rejectValue("items[" + rows.get(violation.row()) + "]." + violation.field(),
                    violation.messageKey());
        }
    }
}
