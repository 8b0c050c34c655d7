package org.gridwatch.shared.spreadsheet;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the cells of one sheet row into values, adding an {@link ImportProblem} (with the row's Excel
 * number and the column header) for every cell that is missing, too long or not what the column expects.
 * A getter returns {@code null} for a blank or bad cell; {@link #clean()} tells whether the row had none.
 */
public final class RowReader {

    private final SheetRow row;
    private final List<ImportProblem> problems;
    private boolean clean = true;

    public RowReader(SheetRow row, List<ImportProblem> problems) {
        this.row = row;
        this.problems = problems;
    }

    public int number() {
        return row.number();
    }

    /** True while no cell of this row has been reported. */
    public boolean clean() {
        return clean;
    }

    /** Reports a problem for one cell of this row. */
    public void problem(String column, String messageKey, Object... arguments) {
        problems.add(ImportProblem.of(row.number(), column, messageKey, arguments));
        clean = false;
    }

    /** Text up to {@code maxLength} characters; {@code null} when blank (a problem if required). */
    public String text(String column, boolean required, int maxLength) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                problem(column, "import.required");
            }
            return null;
        }
        if (value.length() > maxLength) {
            problem(column, "import.tooLong", maxLength);
            return null;
        }
        return value;
    }

    /** Text that must also match {@code pattern} (e.g. digits of a phone number). */
    public String text(String column, boolean required, int maxLength, Pattern pattern) {
        String value = text(column, required, maxLength);
        if (value != null && !pattern.matcher(value).matches()) {
            problem(column, "Pattern");
            return null;
        }
        return value;
    }

    /** A whole number of at least {@code min} (Excel may show it as "30" or "30.0"). */
    public Integer integer(String column, boolean required, int min) {
        String value = text(column, required, 20);
        if (value == null) {
            return null;
        }
        try {
            int number = new BigDecimal(value.replace(",", "")).intValueExact();
            if (number < min) {
                problem(column, "import.atLeast", min);
                return null;
            }
            return number;
        } catch (ArithmeticException | NumberFormatException e) {
            problem(column, "import.notANumber");
            return null;
        }
    }

    /** A finite decimal number. */
    public Double decimal(String column, boolean required) {
        String value = text(column, required, 40);
        if (value == null) {
            return null;
        }
        try {
            double number = new BigDecimal(value).doubleValue();
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(column, "import.notADecimal");
        return null;
    }

    /** One of the {@code choices} (see {@link #choices}); an unknown value is reported with the text given. */
    public <E> E choice(String column, boolean required, Map<String, E> choices) {
        String value = text(column, required, 60);
        if (value == null) {
            return null;
        }
        E chosen = choices.get(value);
        if (chosen == null) {
            chosen = choices.get(value.toUpperCase(Locale.ROOT));
        }
        if (chosen == null) {
            problem(column, "import.unknownValue", value);
        }
        return chosen;
    }

    /**
     * The accepted spellings of an enum's constants: the constant's name and its label (a label like
     * "警务室/警务站" also accepts each of its parts).
     */
    public static <E extends Enum<E>> Map<String, E> choices(Class<E> type, Function<E, String> label) {
        Map<String, E> choices = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            choices.put(constant.name(), constant);
            String text = label.apply(constant);
            if (text != null && !text.isBlank()) {
                choices.putIfAbsent(text.trim(), constant);
                for (String part : text.split("[/／、]")) {
                    if (!part.isBlank()) {
                        choices.putIfAbsent(part.trim(), constant);
                    }
                }
            }
        }
        return choices;
    }
}
