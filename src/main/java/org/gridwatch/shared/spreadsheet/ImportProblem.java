package org.gridwatch.shared.spreadsheet;

import java.util.List;

/**
 * One thing wrong in an uploaded sheet: the row as the user sees it in Excel (header = row 1), the
 * column header, and a message key with its arguments.
 */
public record ImportProblem(int row, String column, String messageKey, List<Object> arguments) {

    public static ImportProblem of(int row, String column, String messageKey, Object... arguments) {
        return new ImportProblem(row, column, messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
