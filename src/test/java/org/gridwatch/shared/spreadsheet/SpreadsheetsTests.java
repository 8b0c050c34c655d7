package org.gridwatch.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetsTests {

    static final List<String> COLUMNS = List.of("编码", "名称", "人口");

    @Test
    void whatIsWrittenReadsBackByColumnSkippingBlankRows() {
        byte[] xlsx = Spreadsheets.write("区域", COLUMNS, List.of(
                List.of("JK-01", "临河社区", 5230),
                Arrays.asList(null, null, null),
                Arrays.asList("JK-02", "兴隆村", null)));
        List<SheetRow> rows = Spreadsheets.read(new ByteArrayInputStream(xlsx), COLUMNS);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).number()).isEqualTo(2);
        assertThat(rows.get(0).get("名称")).isEqualTo("临河社区");
        assertThat(rows.get(0).get("人口")).isEqualTo("5230");
        assertThat(rows.get(1).number()).isEqualTo(4);
        assertThat(rows.get(1).has("人口")).isFalse();
    }

    @Test
    void missingAndUnknownColumnsAreReportedBeforeAnyRowIsRead() {
        byte[] xlsx = Spreadsheets.write("区域", List.of("编码", "名字"), List.of(List.of("JK-01", "临河社区")));
        assertThatThrownBy(() -> Spreadsheets.read(new ByteArrayInputStream(xlsx), COLUMNS))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::column, ImportProblem::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("名字", "import.unknownColumn"),
                                org.assertj.core.groups.Tuple.tuple("名称", "import.missingColumn"),
                                org.assertj.core.groups.Tuple.tuple("人口", "import.missingColumn")));
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedWithAMessage() {
        byte[] notXlsx = "编码,名称\nJK-01,临河".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Spreadsheets.read(new ByteArrayInputStream(notXlsx), COLUMNS))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::messageKey).containsExactly("import.notAWorkbook"));
    }
}
