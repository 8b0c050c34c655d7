package org.gridwatch.rating;

import org.springframework.modulith.NamedInterface;

/**
 * One rule applied to one community and month: its thresholds (how many breaking records it allows, how many
 * days past due a case must be to count), how many records broke it, and whether it passed.
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record RuleResult(RatingRule rule, int allowed, int graceDays, int breaches, boolean passed) {
}
