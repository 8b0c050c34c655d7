package org.gridwatch.area.web;

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
import org.gridwatch.area.AreaImport;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.shared.spreadsheet.SheetRow;
import org.gridwatch.shared.spreadsheet.Spreadsheets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class AreaImportTests {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[125.33,43.85],[125.34,43.85],"
            + "[125.34,43.86],[125.33,43.86],[125.33,43.85]]]}";
    static final String OPEN_RING = "{\"type\":\"Polygon\",\"coordinates\":[[[125.33,43.85],[125.34,43.85],"
            + "[125.34,43.86],[125.33,43.86]]]}";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired AreaDirectory areas;

    TestTerritory t;
    SignedInUser admin;
    String stationA;
    String stationB;
    String communityA;

    @BeforeEach
    void territory() {
        t = TestTerritory.create(jdbc);
        admin = TestTerritory.user(accounts, users, t.stationA, Role.ADMIN);
        stationA = code(t.stationA);
        stationB = code(t.stationB);
        communityA = code(t.communityA);
    }

    String code(long areaId) {
        return areas.find(areaId).orElseThrow().code();
    }

    /** A row in the template's column order: 编码, 名称, 类型, 上级编码, 社区类别, 人口, 户数, 边界GeoJSON. */
    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    static byte[] workbook(List<?>... rows) {
        return Spreadsheets.write("区域", AreaImport.COLUMNS, List.of(rows));
    }

    ResultActions upload(SignedInUser user, byte[] content) throws Exception {
        return mvc.perform(multipart("/areas/import").file(new MockMultipartFile("file", "areas.xlsx", XLSX, content))
                .with(user(user)).with(csrf()));
    }

    static List<String> problems(ResultActions result) throws Exception {
        String html = result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).select("#importProblems tbody tr").stream()
                .map(tr -> String.join("|", tr.select("td").stream().map(Element::text).toList())).toList();
    }

    boolean exists(String code) {
        return areas.findByCode(code, AreaScope.everything()).isPresent();
    }

    @Test
    void aGoodFileImportsEveryRowWithParentsFromTheTreeOrRowsAbove() throws Exception {
        String community = "IC" + t.suffix;
        byte[] file = workbook(
                row(community, "新社区", "社区", stationA, "村屯", 12000, 4300, null),
                row(community + "-1", "新社区一网格", "网格", community, null, 3000, 1100, SQUARE),
                row(community + "-2", "新社区二网格", "GRID", community, null, null, null, null),
                row("IG" + t.suffix, "甲社区三网格", "网格", communityA, null, null, null, null));
        upload(admin, file).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/areas"))
                .andExpect(flash().attribute("flash", "import.done"))
                .andExpect(flash().attribute("flashArgs", org.hamcrest.Matchers.arrayContaining(4)));

        AreaSummary created = areas.findByCode(community, AreaScope.everything()).orElseThrow();
        assertThat(created.type()).isEqualTo(AreaType.COMMUNITY);
        assertThat(created.parentId()).isEqualTo(t.stationA);
        AreaSummary grid = areas.findByCode(community + "-1", AreaScope.everything()).orElseThrow();
        assertThat(grid.parentId()).isEqualTo(created.id());
        assertThat(grid.path()).startsWith(created.path());
        assertThat(areas.details(grid.id(), AreaScope.everything()).boundary()).contains("Polygon");
        assertThat(areas.findByCode("IG" + t.suffix, AreaScope.everything()).orElseThrow().parentId())
                .isEqualTo(t.communityA);
        assertThat(areas.history(created.id(), AreaScope.everything())).isNotEmpty();
    }

    @Test
    void oneBadRowAmongGoodOnesImportsNothingAndShowsItsProblemsIncludingTheFacadesRules() throws Exception {
        String community = "IC" + t.suffix;
        byte[] file = workbook(
                row(community, "新社区", "社区", stationA, "社区", null, null, null),
                row(community + "-1", "开口网格", "网格", community, null, null, null, OPEN_RING),
                row(community + "-2", "错层网格", "网格", stationA, "街道", -5, "很多", null),
                row(community + "-3", "好网格", "网格", community, null, null, null, null));
        List<String> problems = problems(upload(admin, file).andExpect(status().isOk()));
        assertThat(problems).hasSize(5);
        assertThat(problems.get(0)).startsWith("3|边界GeoJSON|").doesNotEndWith("|");
        assertThat(problems.subList(1, 5)).containsExactly(
                "4|人口|请填写不小于 0 的整数。",
                "4|户数|请填写整数。",
                "4|社区类别|只有社区填写社区类别。",
                "4|类型|该类型不能直接隶属于所选上级区域（层级为 市局 → 分局 → 派出所 → 社区/村屯 → 网格）。");
        assertThat(exists(community)).isFalse();
        assertThat(exists(community + "-3")).isFalse();
    }

    @Test
    void aParentOutsideTheScopeBelowTheRowOrUnknownIsAProblem() throws Exception {
        String code = "IX" + t.suffix;
        byte[] file = workbook(
                row(code + "-a", "乙社区新", "社区", stationB, null, null, null, null),
                row(code + "-b", "先子网格", "网格", code + "-c", null, null, null, null),
                row(code + "-c", "后社区", "社区", stationA, null, null, null, null),
                row(code + "-d", "无上级", "社区", null, null, null, null, null),
                row(code + "-c", "重复", "社区", stationA, null, null, null, null),
                row(communityA, "已有编码", "社区", stationA, null, null, null, null));
        assertThat(problems(upload(admin, file).andExpect(status().isOk()))).containsExactly(
                "2|上级编码|您管辖范围内没有编码为 " + stationB + " 的在用区域。",
                "3|上级编码|上级 " + code + "-c 须写在本行之前。",
                "5|上级编码|此项为必填项。",
                "6|编码|与第 4 行重复。",
                "7|编码|该编码已被使用。");
        assertThat(exists(code + "-c")).isFalse();
    }

    @Test
    void theTemplateDownloadsWithTheColumnHeaders() throws Exception {
        byte[] template = mvc.perform(get("/areas/import/template.xlsx").with(user(admin)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        List<SheetRow> rows = Spreadsheets.read(new ByteArrayInputStream(template), AreaImport.COLUMNS);
        assertThat(rows).extracting(r -> r.get("类型")).containsExactly("社区", "网格");
    }

    @Test
    void anUploadThatIsNoWorkbookGetsAMessageNotAServerError() throws Exception {
        assertThat(problems(upload(admin, "not a workbook".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk()))).containsExactly("||无法读取该文件，请上传 Excel（.xlsx）文件。");
    }

    @Test
    void onlyAdministratorsImportAreasAndFindTheImportOnTheTreePage() throws Exception {
        SignedInUser supervisor = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        mvc.perform(get("/areas/import").with(user(supervisor))).andExpect(status().isForbidden());
        mvc.perform(get("/areas/import/template.xlsx").with(user(supervisor))).andExpect(status().isForbidden());
        upload(supervisor, workbook(row("IS" + t.suffix, "社区", "社区", stationA, null, null, null, null)))
                .andExpect(status().isForbidden());
        assertThat(exists("IS" + t.suffix)).isFalse();
        String tree = mvc.perform(get("/areas").with(user(supervisor))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(tree).select("a#importAreas")).isEmpty();
        String adminTree = mvc.perform(get("/areas").with(user(admin))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(adminTree).select("a#importAreas").attr("href")).isEqualTo("/areas/import");
        mvc.perform(get("/areas/import").with(user(admin))).andExpect(status().isOk());
    }
}
