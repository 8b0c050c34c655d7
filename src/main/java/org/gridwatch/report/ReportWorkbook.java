package org.gridwatch.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The report as a workbook: 汇总 (title, period, the paragraph, every figure) and 分区域 (a line per child area). */
@Component
class ReportWorkbook {

    private final MessageSource messages;
    private final ReportText text;

    ReportWorkbook(MessageSource messages, ReportText text) {
        this.messages = messages;
        this.text = text;
    }

    byte[] write(MonthlyReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            summarySheet(workbook.createSheet(zh("report.sheet.summary")), report, styles);
            areaSheet(workbook.createSheet(zh("report.sheet.areas")), report, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summarySheet(Sheet sheet, MonthlyReport report, Styles styles) {
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        int r = 0;
        text(sheet.createRow(r++), 0, zh("report.document.title", report.area().name(),
                text.period(report, ReportText.OFFICIAL)), styles.title);
        Row area = sheet.createRow(r++);
        text(area, 0, zh("report.area"), styles.bold);
        text(area, 1, report.areaLabel().isEmpty() ? report.area().name() : report.areaLabel(), null);
        Row period = sheet.createRow(r++);
        text(period, 0, zh("report.period"), styles.bold);
        text(period, 1, zh("report.period.days", report.from().toString(), report.to().toString()), null);
        r++;
        Row summaryLabel = sheet.createRow(r++);
        text(summaryLabel, 0, zh("report.summary.title"), styles.bold);
        Row summary = sheet.createRow(r);
        text(summary, 0, text.summary(report, ReportText.OFFICIAL), styles.wrapped);
        summary.setHeightInPoints(6 * sheet.getDefaultRowHeightInPoints());
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
        r += 2;
        Row header = sheet.createRow(r++);
        text(header, 0, zh("report.figure"), styles.header);
        text(header, 1, zh("report.value"), styles.header);
        for (ReportItem item : ReportItem.values()) {
            Row row = sheet.createRow(r++);
            text(row, 0, zh(item.labelKey()), item.headline() ? styles.bold : null);
            number(row, 1, item.of(report.figures()), styles);
        }
        for (Map.Entry<String, Long> tip : report.figures().tipCategories()) {
            Row row = sheet.createRow(r++);
            text(row, 0, zh("report.item.TIPS.category", zh(tip.getKey())), null);
            number(row, 1, tip.getValue(), styles);
        }
        for (Map.Entry<String, String> rate : report.rates()) {
            Row row = sheet.createRow(r++);
            text(row, 0, zh(rate.getKey()), styles.bold);
            text(row, 1, rate.getValue(), null);
        }
        r++;
        Row basis = sheet.createRow(r);
        text(basis, 0, zh("report.basis.title") + "：" + zh("report.basis"), styles.wrapped);
        basis.setHeightInPoints(5 * sheet.getDefaultRowHeightInPoints());
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
    }

    private void areaSheet(Sheet sheet, MonthlyReport report, Styles styles) {
        Row header = sheet.createRow(0);
        text(header, 0, zh("report.areas.area"), styles.header);
        sheet.setColumnWidth(0, 22 * 256);
        for (int c = 0; c < ReportItem.AREA_COLUMNS.size(); c++) {
            text(header, c + 1, zh(ReportItem.AREA_COLUMNS.get(c).labelKey()), styles.header);
            sheet.setColumnWidth(c + 1, 16 * 256);
        }
        int r = 1;
        for (MonthlyReport.AreaRow child : report.children()) {
            areaRow(sheet.createRow(r++), child.area().name(), child.figures(), null, styles);
        }
        areaRow(sheet.createRow(r), zh("report.areas.total", report.area().name()), report.figures(), styles.bold,
                styles);
        sheet.createFreezePane(1, 1);
    }

    private void areaRow(Row row, String name, ReportFigures figures, CellStyle style, Styles styles) {
        text(row, 0, name, style);
        for (int c = 0; c < ReportItem.AREA_COLUMNS.size(); c++) {
            number(row, c + 1, ReportItem.AREA_COLUMNS.get(c).of(figures), styles);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, Number value, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        if (value instanceof Double) {
            cell.setCellStyle(styles.hours);
        }
    }

    private String zh(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, ReportText.OFFICIAL);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle header;
        final CellStyle wrapped;
        final CellStyle hours;

        Styles(XSSFWorkbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            hours = workbook.createCellStyle();
            hours.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        }
    }
}
