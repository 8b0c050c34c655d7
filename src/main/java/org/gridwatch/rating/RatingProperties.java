package org.gridwatch.rating;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules of the "三零" rating ({@code gridwatch.rating.<rule>.enabled|allowed|grace-days}): each can be switched
 * off, may allow a number of breaking records (default none) and may count a case only when it is more than
 * {@code grace-days} past due (default 0: any lateness counts; the escalation rule ignores it).
 */
@ConfigurationProperties("gridwatch.rating")
record RatingProperties(Setting noDisputeOverdue, Setting noHazardOverdue, Setting noEscalation) {

    public RatingProperties {
        noDisputeOverdue = Setting.orDefault(noDisputeOverdue);
        noHazardOverdue = Setting.orDefault(noHazardOverdue);
        noEscalation = Setting.orDefault(noEscalation);
    }

    /** One rule's switch and thresholds. */
    public record Setting(Boolean enabled, Integer allowed, Integer graceDays) {

        public Setting {
            enabled = enabled == null || enabled;
            allowed = allowed == null ? 0 : Math.max(0, allowed);
            graceDays = graceDays == null ? 0 : Math.max(0, graceDays);
        }

        static Setting orDefault(Setting setting) {
            return setting == null ? new Setting(null, null, null) : setting;
        }
    }

    /** The switched-on rules with their settings, in rule order. */
    List<RuleSetting> active() {
        List<RuleSetting> rules = new ArrayList<>();
        add(rules, RatingRule.NO_DISPUTE_OVERDUE, noDisputeOverdue);
        add(rules, RatingRule.NO_HAZARD_OVERDUE, noHazardOverdue);
        add(rules, RatingRule.NO_ESCALATION, new Setting(noEscalation.enabled(), noEscalation.allowed(), 0));
        return rules;
    }

    private static void add(List<RuleSetting> rules, RatingRule rule, Setting setting) {
        if (setting.enabled()) {
            rules.add(new RuleSetting(rule, setting.allowed(), setting.graceDays()));
        }
    }

    /** A switched-on rule as it is applied. */
    record RuleSetting(RatingRule rule, int allowed, int graceDays) {
    }
}
