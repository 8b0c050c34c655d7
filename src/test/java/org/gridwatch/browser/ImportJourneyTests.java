package org.gridwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaImport;
import org.gridwatch.people.PeopleImport;
import org.gridwatch.place.PlaceImport;
import org.gridwatch.shared.spreadsheet.Spreadsheets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ImportJourneyTests extends AbstractJourneyTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AreaDirectory areas;

    private Path file(String name, List<String> columns, List<List<?>> rows) throws IOException {
        Path path = Files.createTempFile(name, ".xlsx");
        Files.write(path, Spreadsheets.write("sheet", columns, rows));
        path.toFile().deleteOnExit();
        return path;
    }

    private void upload(Path file) {
        find("#file").sendKeys(file.toAbsolutePath().toString());
        click("#importSubmit");
    }

    @Test
    void adminUploadsAPlaceLedgerWithProblemsSeesTheTableThenUploadsTheCorrectedOne() throws IOException {
        TestTerritory t = TestTerritory.create(jdbc);
        String grid = areas.find(t.gridA1).orElseThrow().code();
        Path bad = file("places-bad", PlaceImport.COLUMNS, List.of(
                Arrays.asList("幸福小区 3 栋 " + t.suffix, "住户", "人民大街 1888 号", grid, 43.85, 125.33, "王丽",
                        "13800000000", 30, null),
                Arrays.asList("中东大市场 " + t.suffix, "城堡", "临河街 66 号", "NO-SUCH-GRID-CODE-" + t.suffix, 43.8, null,
                        null, "电话号码", "每月", null),
                Arrays.asList(null, "医院", null, grid, null, null, null, null, null, null)));
        Path good = file("places-good", PlaceImport.COLUMNS, List.of(
                Arrays.asList("幸福小区 3 栋 " + t.suffix, "住户", "人民大街 1888 号", grid, 43.85, 125.33, "王丽",
                        "13800000000", 30, null),
                Arrays.asList("中东大市场 " + t.suffix, "商超", "临河街 66 号", grid, null, null, null, null, 7, null)));
        signInAsAdmin();
        waitUntilVisible("#userMenu");

        open("/places");
        click("#importPlaces");
        upload(bad);
        assertThat(driver.findElements(By.cssSelector("#importProblems tbody tr"))).hasSize(7);
        assertThat(text("#importProblems tbody")).contains("无法识别的值：城堡。");
        screenshot("import-problems-desktop-zh");
        assertThat(scrollsSideways()).isFalse();
        size(PHONE);
        screenshot("import-problems-phone-zh");
        assertThat(scrollsSideways()).as("problem table at 390 px").isFalse();
        open("/places?q=" + t.suffix);
        assertThat(text("main")).doesNotContain("幸福小区 3 栋 " + t.suffix);

        open("/places/import");
        screenshot("import-form-phone-zh");
        upload(good);
        assertThat(text(".alert-success")).isEqualTo("已导入 2 条记录。");
        screenshot("import-done-phone-zh");
        open("/places?q=" + t.suffix);
        assertThat(text("#placeTable tbody")).contains("幸福小区 3 栋 " + t.suffix).contains("中东大市场 " + t.suffix);
    }

    @Test
    void aPeopleLedgerWithProblemsIsShownInEnglishToo() throws IOException {
        TestTerritory t = TestTerritory.create(jdbc);
        String community = areas.find(t.communityA).orElseThrow().code();
        Path bad = file("people-bad", PeopleImport.COLUMNS, List.of(
                Arrays.asList("民警", "张伟 " + t.suffix, "13800000000", community, null, "社区民警", null),
                Arrays.asList("调解员", "李娜 " + t.suffix, null, community, null, null, "法官")));
        open("/login?lang=en");
        signInAsAdmin();
        waitUntilVisible("#userMenu");
        open("/people/import");
        upload(bad);
        assertThat(text("#importProblems tbody")).contains("This field is required.").contains("Unknown value: 法官.");
        screenshot("import-people-problems-desktop-en");
        size(PHONE);
        screenshot("import-people-problems-phone-en");
        assertThat(scrollsSideways()).isFalse();
    }

    @Test
    void adminFindsTheAreaImportOnTheTreeAndSeesAnOpenBoundaryRefused() throws IOException {
        TestTerritory t = TestTerritory.create(jdbc);
        String station = areas.find(t.stationA).orElseThrow().code();
        Path bad = file("areas-bad", AreaImport.COLUMNS, List.of(
                Arrays.asList("BC" + t.suffix, "新建社区", "社区", station, "村屯", 1200, 400, null),
                Arrays.asList("BC" + t.suffix + "-01", "新建社区第一网格", "网格", "BC" + t.suffix, null, null, null,
                        "{\"type\":\"Polygon\",\"coordinates\":[[[125.33,43.85],[125.34,43.85],[125.34,43.86]]]}")));
        signInAsAdmin();
        waitUntilVisible("#userMenu");
        size(PHONE);
        open("/areas");
        click("#importAreas");
        upload(bad);
        assertThat(text("#importProblems tbody")).contains("边界GeoJSON");
        screenshot("import-areas-problems-phone-zh");
        assertThat(scrollsSideways()).isFalse();
        open("/areas/import");
        screenshot("import-areas-form-phone-zh");
    }
}
