package org.gridwatch.rating;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatingPropertiesTests {

    @Test
    void everyRuleIsOnWithNoAllowanceAndNoGraceUnlessConfigured() {
        RatingProperties defaults = new RatingProperties(null, null, null);

        assertThat(defaults.active()).extracting(RatingProperties.RuleSetting::rule)
                .containsExactly(RatingRule.NO_DISPUTE_OVERDUE, RatingRule.NO_HAZARD_OVERDUE, RatingRule.NO_ESCALATION);
        assertThat(defaults.active()).allMatch(r -> r.allowed() == 0 && r.graceDays() == 0);
    }

    @Test
    void aSwitchedOffRuleIsLeftOutAndThresholdsAreKeptButTheEscalationRuleHasNoGrace() {
        RatingProperties properties = new RatingProperties(new RatingProperties.Setting(false, null, null),
                new RatingProperties.Setting(true, 1, 3), new RatingProperties.Setting(null, 2, 5));

        assertThat(properties.active()).containsExactly(
                new RatingProperties.RuleSetting(RatingRule.NO_HAZARD_OVERDUE, 1, 3),
                new RatingProperties.RuleSetting(RatingRule.NO_ESCALATION, 2, 0));
    }

    @Test
    void negativeThresholdsCountAsZero() {
        RatingProperties.Setting setting = new RatingProperties.Setting(true, -4, -1);

        assertThat(setting.allowed()).isZero();
        assertThat(setting.graceDays()).isZero();
    }
}
