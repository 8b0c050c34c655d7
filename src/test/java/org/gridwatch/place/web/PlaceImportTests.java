package org.gridwatch.place.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.place.PlaceImport;
import org.gridwatch.place.PlaceKind;
import org.gridwatch.place.PlaceView;
import org.gridwatch.shared.spreadsheet.SheetRow;
import org.gridwatch.shared.spreadsheet.Spreadsheets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class PlaceImportTests {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PlaceDirectory places;
    @Autowired AreaDirectory areas;

    TestTerritory t;
    SignedInUser supervisorA;
    String gridA1;
    String gridA2;
    String gridB1;

    @BeforeEach
    void territory() {
        t = TestTerritory.create(jdbc);
        supervisorA = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        gridA1 = code(t.gridA1);
        gridA2 = code(t.gridA2);
        gridB1 = code(t.gridB1);
    }

    String code(long areaId) {
        return areas.find(areaId).orElseThrow().code();
    }

    /** A row in the template's column order: 名称, 类型, 地址, 网格编码, 纬度, 经度, 联系人, 联系电话, 走访周期（天）, 备注. */
    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    static byte[] workbook(List<?>... rows) {
        return Spreadsheets.write("场所", PlaceImport.COLUMNS, List.of(rows));
    }

    ResultActions upload(SignedInUser user, byte[] content, String filename) throws Exception {
        return mvc.perform(multipart("/places/import").file(new MockMultipartFile("file", filename, XLSX, content))
                .with(user(user)).with(csrf()));
    }

    /** The problem table as "row|column|message" lines. */
    static List<String> problems(ResultActions result) throws Exception {
        String html = result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).select("#importProblems tbody tr").stream()
                .map(tr -> String.join("|", tr.select("td").stream().map(td -> td.text()).toList())).toList();
    }

    List<String> namesIn(long gridId) {
        return places.inGrid(gridId, null, AreaScope.everything()).stream().map(PlaceView::name).toList();
    }

    @Test
    void aGoodFileImportsEveryRowThroughTheFacadeWithHistory() throws Exception {
        byte[] file = workbook(
                row("一号楼" + t.suffix, "住户", "人民大街 1 号", gridA1, 43.85, 125.33, "王丽", "13800000000", 30, "独居老人"),
                row("警务站" + t.suffix, "警务站", "人民大街 2 号", gridA1, null, null, null, null, null, null),
                row("小学" + t.suffix, "SCHOOL", "人民大街 3 号", gridA2, null, null, "校长", null, 7, null));
        upload(supervisorA, file, "places.xlsx")
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/places"))
                .andExpect(flash().attribute("flash", "import.done"))
                .andExpect(flash().attribute("flashArgs", org.hamcrest.Matchers.arrayContaining(3)));

        List<PlaceView> inA1 = places.inGrid(t.gridA1, null, AreaScope.everything());
        assertThat(inA1).extracting(PlaceView::name).containsExactlyInAnyOrder("一号楼" + t.suffix, "警务站" + t.suffix);
        PlaceView household = inA1.stream().filter(p -> p.kind() == PlaceKind.HOUSEHOLD).findFirst().orElseThrow();
        assertThat(household.latitude()).isEqualTo(43.85);
        assertThat(household.visitEveryDays()).isEqualTo(30);
        assertThat(household.contactPhone()).isEqualTo("13800000000");
        assertThat(inA1).extracting(PlaceView::kind).contains(PlaceKind.POLICE_OFFICE);
        assertThat(places.inGrid(t.gridA2, null, AreaScope.everything())).extracting(PlaceView::kind)
                .containsExactly(PlaceKind.SCHOOL);
        assertThat(places.history(household.id(), AreaScope.everything())).hasSize(1);
    }

    @Test
    void oneBadRowAmongGoodOnesImportsNothingAndShowsThatRowsProblems() throws Exception {
        byte[] file = workbook(
                row("好一" + t.suffix, "住户", "路 1 号", gridA1, null, null, null, null, null, null),
                row("坏" + t.suffix, "城堡", "路 2 号", gridA1, 43.8, null, null, "电话", "每月", null),
                row("好二" + t.suffix, "企业", "路 3 号", gridA2, null, null, null, null, null, null));
        ResultActions result = upload(supervisorA, file, "places.xlsx").andExpect(status().isOk());

        assertThat(problems(result)).containsExactly(
                "3|类型|无法识别的值：城堡。",
                "3|经度|纬度和经度需同时填写。",
                "3|联系电话|格式不正确。",
                "3|走访周期（天）|请填写整数。");
        assertThat(namesIn(t.gridA1)).isEmpty();
        assertThat(namesIn(t.gridA2)).isEmpty();
    }

    @Test
    void requiredCellsNumbersAndRangesAreEachReported() throws Exception {
        byte[] file = workbook(
                row(null, null, null, null, 95, 200, null, null, 0, null),
                row("好" + t.suffix, "住户", "路 1 号", gridA1, null, null, null, null, null, null));
        assertThat(problems(upload(supervisorA, file, "places.xlsx").andExpect(status().isOk()))).containsExactly(
                "2|名称|此项为必填项。",
                "2|类型|此项为必填项。",
                "2|地址|此项为必填项。",
                "2|网格编码|此项为必填项。",
                "2|纬度|纬度应在 -90 到 90 之间。",
                "2|经度|经度应在 -180 到 180 之间。",
                "2|走访周期（天）|请填写不小于 1 的整数。");
        assertThat(namesIn(t.gridA1)).isEmpty();
    }

    @Test
    void aGridCodeOutsideTheUploadersScopeIsAProblemNotAnImport() throws Exception {
        t.retire(t.gridA2);
        byte[] file = workbook(
                row("甲" + t.suffix, "住户", "路 1 号", gridA1, null, null, null, null, null, null),
                row("乙" + t.suffix, "住户", "路 2 号", gridB1, null, null, null, null, null, null),
                row("撤" + t.suffix, "住户", "路 3 号", gridA2, null, null, null, null, null, null),
                row("社" + t.suffix, "住户", "路 4 号", code(t.communityA), null, null, null, null, null, null));
        assertThat(problems(upload(supervisorA, file, "places.xlsx").andExpect(status().isOk()))).containsExactly(
                "3|网格编码|您管辖范围内没有编码为 " + gridB1 + " 的在用网格。",
                "4|网格编码|您管辖范围内没有编码为 " + gridA2 + " 的在用网格。",
                "5|网格编码|您管辖范围内没有编码为 " + code(t.communityA) + " 的在用网格。");
        assertThat(namesIn(t.gridA1)).isEmpty();
        assertThat(namesIn(t.gridB1)).isEmpty();
    }

    @Test
    void aRowRepeatedInTheFileOrAlreadyRecordedIsAProblem() throws Exception {
        upload(supervisorA, workbook(row("已有" + t.suffix, "住户", "路 9 号", gridA1, null, null, null, null, null,
                null)), "first.xlsx").andExpect(status().is3xxRedirection());
        byte[] file = workbook(
                row("新" + t.suffix, "住户", "路 1 号", gridA1, null, null, null, null, null, null),
                row("新" + t.suffix, "住户", "路 1 号", gridA1, null, null, null, null, null, null),
                row("已有" + t.suffix, "住户", "路 9 号", gridA1, null, null, null, null, null, null));
        assertThat(problems(upload(supervisorA, file, "again.xlsx").andExpect(status().isOk()))).containsExactly(
                "3|名称|与第 2 行重复。",
                "4|名称|已存在：已有" + t.suffix + "。");
        assertThat(namesIn(t.gridA1)).containsExactly("已有" + t.suffix);
    }

    @Test
    void problemsAreShownInTheUsersLanguage() throws Exception {
        byte[] file = workbook(row("x" + t.suffix, "castle", "路", gridA1, null, null, null, null, null, null));
        ResultActions result = mvc.perform(multipart("/places/import")
                .file(new MockMultipartFile("file", "x.xlsx", XLSX, file))
                .cookie(new jakarta.servlet.http.Cookie("gridwatch-lang", "en"))
                .with(user(supervisorA)).with(csrf())).andExpect(status().isOk());
        assertThat(problems(result)).containsExactly("2|类型|Unknown value: castle.");
    }

    @Test
    void theTemplateDownloadsWithTheColumnHeadersAndAnExampleRow() throws Exception {
        byte[] template = mvc.perform(get("/places/import/template.xlsx").with(user(supervisorA)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        List<SheetRow> rows = Spreadsheets.read(new ByteArrayInputStream(template), PlaceImport.COLUMNS);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("类型")).isEqualTo("住户");
        assertThat(rows.get(0).cells().keySet()).containsExactlyElementsOf(PlaceImport.COLUMNS);
    }

    @Test
    void anUploadThatIsNoWorkbookGetsAMessageNotAServerError() throws Exception {
        assertThat(problems(upload(supervisorA, "名称,类型\n".getBytes(StandardCharsets.UTF_8), "places.csv")
                .andExpect(status().isOk()))).containsExactly("||无法读取该文件，请上传 Excel（.xlsx）文件。");
        assertThat(problems(upload(supervisorA, new byte[0], "empty.xlsx").andExpect(status().isOk())))
                .containsExactly("||无法读取该文件，请上传 Excel（.xlsx）文件。");
        assertThat(problems(mvc.perform(multipart("/places/import").with(user(supervisorA)).with(csrf()))
                .andExpect(status().isOk()))).containsExactly("||无法读取该文件，请上传 Excel（.xlsx）文件。");
    }

    @Test
    void aSheetWithWrongColumnsOrNoRowsIsRefusedAsAWhole() throws Exception {
        byte[] wrong = Spreadsheets.write("场所", List.of("名称", "类别"), List.of());
        assertThat(problems(upload(supervisorA, wrong, "wrong.xlsx").andExpect(status().isOk())))
                .contains("1|类别|模板中没有此列。", "1|地址|缺少此列。");
        assertThat(problems(upload(supervisorA, workbook(), "empty.xlsx").andExpect(status().isOk())))
                .containsExactly("||文件中没有数据行。");
    }

    @Test
    void anAuxiliaryCannotImportPlaces() throws Exception {
        SignedInUser auxiliary = TestTerritory.user(accounts, users, t.stationA, Role.AUXILIARY);
        mvc.perform(get("/places/import").with(user(auxiliary))).andExpect(status().isForbidden());
        mvc.perform(get("/places/import/template.xlsx").with(user(auxiliary))).andExpect(status().isForbidden());
        upload(auxiliary, workbook(row("x" + t.suffix, "住户", "路", gridA1, null, null, null, null, null, null)),
                "x.xlsx").andExpect(status().isForbidden());
        assertThat(namesIn(t.gridA1)).isEmpty();
    }

    @Test
    void theListLinksToTheImportForThoseWhoMayCreatePlaces() throws Exception {
        String page = mvc.perform(get("/places").with(user(supervisorA))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(page).select("a#importPlaces").attr("href")).isEqualTo("/places/import");
        SignedInUser auxiliary = TestTerritory.user(accounts, users, t.stationA, Role.AUXILIARY);
        String readOnly = mvc.perform(get("/places").with(user(auxiliary))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(readOnly).select("a#importPlaces")).isEmpty();
        String form = mvc.perform(get("/places/import").with(user(supervisorA))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(form).select("a[href=/places/import/template.xlsx]")).hasSize(1);
        assertThat(Jsoup.parse(form).select("#importProblems")).isEmpty();
    }
}
