package org.gridwatch.dispute;

/** A party as the reader may see it: phone and ID number in full or masked, as the facade decided. */
public record PartyView(String name, String phone, String idNumber) {
}
