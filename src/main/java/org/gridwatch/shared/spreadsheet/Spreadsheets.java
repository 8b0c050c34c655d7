package org.gridwatch.shared.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads and writes the simple one-sheet workbooks of ledger imports and list exports: a header row
 * of column names, then one record per row. Cells are read as the text Excel shows.
 */
public final class Spreadsheets {

    /** Beyond this a sheet is refused rather than read: imports are ledgers, not bulk loads. */
    public static final int MAX_ROWS = 20_000;

    private Spreadsheets() {
    }

    /**
     * Reads the first sheet. Every expected column must be in the header row; unknown columns are
     * reported too. Blank rows are skipped.
     *
     * @throws ImportRejectedException when the file is no workbook, columns are missing, or it is too long
     */
    public static List<SheetRow> read(InputStream xlsx, List<String> columns) {
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            List<ImportProblem> problems = new ArrayList<>();
            Map<Integer, String> columnAt = new LinkedHashMap<>();
            if (header != null) {
                for (Cell cell : header) {
                    String name = formatter.formatCellValue(cell).trim();
                    if (!name.isEmpty()) {
                        if (columns.contains(name)) {
                            columnAt.put(cell.getColumnIndex(), name);
                        } else {
                            problems.add(ImportProblem.of(1, name, "import.unknownColumn"));
                        }
                    }
                }
            }
            for (String column : columns) {
                if (!columnAt.containsValue(column)) {
                    problems.add(ImportProblem.of(1, column, "import.missingColumn"));
                }
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                problems.add(ImportProblem.of(sheet.getLastRowNum() + 1, "", "import.tooManyRows", MAX_ROWS));
            }
            if (!problems.isEmpty()) {
                throw new ImportRejectedException(problems);
            }
            List<SheetRow> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                columnAt.forEach((index, name) -> {
                    Cell cell = row.getCell(index);
                    String text = cell == null ? "" : formatter.formatCellValue(cell).trim();
                    if (!text.isEmpty()) {
                        cells.put(name, text);
                    }
                });
                if (!cells.isEmpty()) {
                    rows.add(new SheetRow(r + 1, cells));
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            throw new ImportRejectedException(List.of(ImportProblem.of(0, "", "import.notAWorkbook")));
        }
    }

    /** A workbook with a bold header row and the given rows (an import template or an export). */
    public static byte[] write(String sheetName, List<String> columns, List<List<?>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, Math.max(10, columns.get(c).length() * 3) * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<?> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(String.valueOf(value));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
