package org.gridwatch.shared.spreadsheet;

import java.util.Map;

/** One data row of a sheet, its cells as trimmed text keyed by column header (blank cells absent). */
public record SheetRow(int number, Map<String, String> cells) {

    public String get(String column) {
        return cells.get(column);
    }

    public boolean has(String column) {
        return cells.containsKey(column);
    }
}
