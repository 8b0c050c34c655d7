package org.gridwatch.dispute;

/** A dispute handed to another body (司法所, 街道, the court, …) with a note on why and to whom. */
public record Referral(ReceivingBody body, String note) {
}
