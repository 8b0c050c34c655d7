package org.gridwatch.fieldwork;

/** A campaign in a picker: its id and its name with its period, e.g. "夏季治安打击整治行动 (2026-06-01 – 2026-08-31)". */
public record CampaignOption(long value, String label) {
}
