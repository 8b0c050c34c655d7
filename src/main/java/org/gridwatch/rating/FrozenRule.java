package org.gridwatch.rating;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A rule's result as confirmed, with the thresholds in force then. */
@Embeddable
class FrozenRule {

    @Enumerated(EnumType.STRING)
    private RatingRule rule;

    private int allowed;

    private int graceDays;

    private int breaches;

    private boolean passed;

    protected FrozenRule() {
    }

    FrozenRule(RuleResult result) {
        this.rule = result.rule();
        this.allowed = result.allowed();
        this.graceDays = result.graceDays();
        this.breaches = result.breaches();
        this.passed = result.passed();
    }

    RuleResult result() {
        return new RuleResult(rule, allowed, graceDays, breaches, passed);
    }
}
