package org.gridwatch.dispute;

/** Where a referred dispute goes: 司法所, 街道, the court, or another body named in the note. */
public enum ReceivingBody {
    JUDICIAL_OFFICE, SUBDISTRICT, COURT, OTHER
}
