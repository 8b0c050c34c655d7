package org.gridwatch.shared.spreadsheet;

import java.util.List;

/** The whole upload was refused, nothing imported; {@link #problems()} says why, row by row. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.size() + " problems in the uploaded sheet");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
