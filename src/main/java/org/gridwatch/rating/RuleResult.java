package org.gridwatch.rating;

/**
 * One rule applied to one community and month: its thresholds (how many breaking records it allows, how many
 * days past due a case must be to count), how many records broke it, and whether it passed.
 */
public record RuleResult(RatingRule rule, int allowed, int graceDays, int breaches, boolean passed) {
}
