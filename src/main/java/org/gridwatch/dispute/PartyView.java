package org.gridwatch.dispute;

import org.springframework.modulith.NamedInterface;

/** A party as the reader may see it: phone and ID number in full or masked, as the facade decided. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record PartyView(String name, String phone, String idNumber) {
}
