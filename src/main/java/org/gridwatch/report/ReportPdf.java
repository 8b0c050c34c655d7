package org.gridwatch.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.gridwatch.fieldwork.RecordFilter;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The report as an A4 PDF in Chinese. The text is set in Noto Sans SC (SIL Open Font License): a TrueType subset
 * of GB 2312 kept in {@code fonts/NotoSansSC-Report.ttf} (made by {@code tools/cjk-font-subset.py}), of which each
 * PDF embeds only the glyphs it uses — so it renders the same on any machine, with no font installed.
 */
@Component
class ReportPdf {

    static final String FONT = "fonts/NotoSansSC-Report.ttf";
    private static final Color GREY = new Color(0x55, 0x5b, 0x63);
    private static final Color RULE = new Color(0xce, 0xd4, 0xda);
    private static final Color SHADE = new Color(0xf1, 0xf3, 0xf5);
    private static final DateTimeFormatter MADE_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(RecordFilter.ZONE);

    private final MessageSource messages;
    private final ReportText text;
    private final byte[] font;

    ReportPdf(MessageSource messages, ReportText text) {
        this.messages = messages;
        this.text = text;
        try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the report font " + FONT + " is missing", e);
        }
    }

    byte[] write(MonthlyReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 56, 56);
        try {
            BaseFont base = BaseFont.createFont("NotoSansSC-Report.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, font, null);
            Fonts fonts = new Fonts(base);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String footer = zh("report.pdf.footer", MADE_AT.format(report.madeAt()));
            writer.setPageEvent(new Footer(footer, fonts.small));
            String title = zh("report.document.title", report.area().name(), text.period(report, ReportText.OFFICIAL));
            document.addTitle(title);
            document.addCreator("Gridwatch");
            document.open();

            Paragraph heading = new Paragraph(title, fonts.title);
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
            Paragraph scope = new Paragraph(zh("report.pdf.scope", report.areaLabel().isEmpty()
                    ? report.area().name() : report.areaLabel(), report.from().toString(), report.to().toString()),
                    fonts.grey);
            scope.setAlignment(Element.ALIGN_CENTER);
            scope.setSpacingAfter(14);
            document.add(scope);

            document.add(section(zh("report.summary.title"), fonts));
            Paragraph summary = new Paragraph(18, text.summary(report, ReportText.OFFICIAL), fonts.body);
            summary.setFirstLineIndent(2 * fonts.body.getSize());
            summary.setAlignment(Element.ALIGN_JUSTIFIED);
            summary.setSpacingAfter(10);
            document.add(summary);

            document.add(section(zh("report.figures.title"), fonts));
            document.add(figureTable(report, fonts));

            if (!report.children().isEmpty()) {
                document.add(section(zh("report.areas.title"), fonts));
                document.add(areaTable(report, fonts));
            }

            Paragraph basis = new Paragraph(14, zh("report.basis.title") + "：" + zh("report.basis"), fonts.small);
            basis.setSpacingBefore(12);
            document.add(basis);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the report PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private PdfPTable figureTable(MonthlyReport report, Fonts fonts) {
        PdfPTable table = new PdfPTable(new float[] {3, 1});
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setHeaderRows(1);
        table.addCell(cell(zh("report.figure"), fonts.bold, Element.ALIGN_LEFT, SHADE));
        table.addCell(cell(zh("report.value"), fonts.bold, Element.ALIGN_RIGHT, SHADE));
        for (ReportItem item : ReportItem.values()) {
            Font font = item.headline() ? fonts.bold : fonts.body;
            table.addCell(cell(zh(item.labelKey()), font, Element.ALIGN_LEFT, null));
            table.addCell(cell(item.text(report.figures()), font, Element.ALIGN_RIGHT, null));
        }
        for (Map.Entry<String, Long> tip : report.figures().tipCategories()) {
            table.addCell(cell(zh("report.item.TIPS.category", zh(tip.getKey())), fonts.body, Element.ALIGN_LEFT,
                    null));
            table.addCell(cell(String.valueOf(tip.getValue()), fonts.body, Element.ALIGN_RIGHT, null));
        }
        for (Map.Entry<String, String> rate : report.rates()) {
            table.addCell(cell(zh(rate.getKey()), fonts.bold, Element.ALIGN_LEFT, null));
            table.addCell(cell(rate.getValue(), fonts.bold, Element.ALIGN_RIGHT, null));
        }
        return table;
    }

    private PdfPTable areaTable(MonthlyReport report, Fonts fonts) {
        int columns = ReportItem.AREA_COLUMNS.size();
        float[] widths = new float[columns + 1];
        java.util.Arrays.fill(widths, 1);
        widths[0] = 2.2f;
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(cell(zh("report.areas.area"), fonts.smallBold, Element.ALIGN_LEFT, SHADE));
        for (ReportItem item : ReportItem.AREA_COLUMNS) {
            table.addCell(cell(zh(item.columnKey()), fonts.smallBold, Element.ALIGN_RIGHT, SHADE));
        }
        for (MonthlyReport.AreaRow row : report.children()) {
            areaRow(table, row.area().name(), row.figures(), fonts.tableBody);
        }
        areaRow(table, zh("report.areas.total", report.area().name()), report.figures(), fonts.smallBold);
        return table;
    }

    private static void areaRow(PdfPTable table, String name, ReportFigures figures, Font font) {
        table.addCell(cell(name, font, Element.ALIGN_LEFT, null));
        for (ReportItem item : ReportItem.AREA_COLUMNS) {
            table.addCell(cell(item.text(figures), font, Element.ALIGN_RIGHT, null));
        }
    }

    private static Paragraph section(String title, Fonts fonts) {
        Paragraph section = new Paragraph(title, fonts.section);
        section.setSpacingBefore(8);
        section.setSpacingAfter(6);
        return section;
    }

    private static PdfPCell cell(String text, Font font, int alignment, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        cell.setBorderColor(RULE);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private String zh(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, ReportText.OFFICIAL);
    }

    private static final class Fonts {
        final Font title;
        final Font section;
        final Font body;
        final Font bold;
        final Font grey;
        final Font small;
        final Font smallBold;
        final Font tableBody;

        Fonts(BaseFont base) {
            title = new Font(base, 18, Font.BOLD);
            section = new Font(base, 13, Font.BOLD);
            body = new Font(base, 11);
            bold = new Font(base, 11, Font.BOLD);
            grey = new Font(base, 10, Font.NORMAL, GREY);
            small = new Font(base, 8.5f, Font.NORMAL, GREY);
            smallBold = new Font(base, 8.5f, Font.BOLD);
            tableBody = new Font(base, 8.5f);
        }
    }

    /** The footer of every page: when the report was made, and the page number. */
    private static final class Footer extends PdfPageEventHelper {
        private final String text;
        private final Font font;

        Footer(String text, Font font) {
            this.text = text;
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(text, font),
                    document.left(), document.bottom() - 24, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase(new Chunk(String.valueOf(writer.getPageNumber()), font)), document.right(),
                    document.bottom() - 24, 0);
        }
    }
}
