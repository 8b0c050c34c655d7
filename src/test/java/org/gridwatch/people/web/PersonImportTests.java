package org.gridwatch.people.web;

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
import java.util.UUID;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.MediatorKind;
import org.gridwatch.people.PeopleImport;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.people.PersonData;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonKind;
import org.gridwatch.people.PersonSummary;
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
class PersonImportTests {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PersonDirectory people;
    @Autowired PeopleManagement management;
    @Autowired AreaDirectory areas;

    TestTerritory t;
    SignedInUser supervisorA;
    String stationA;
    String communityA;
    String communityB;
    String gridA1;

    @BeforeEach
    void territory() {
        t = TestTerritory.create(jdbc);
        supervisorA = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        stationA = code(t.stationA);
        communityA = code(t.communityA);
        communityB = code(t.communityB);
        gridA1 = code(t.gridA1);
    }

    String code(long areaId) {
        return areas.find(areaId).orElseThrow().code();
    }

    static String number() {
        return "N" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A row in the template's column order: 类别, 姓名, 电话, 所属区域编码, 警号, 职务, 调解员类别. */
    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    static byte[] workbook(List<?>... rows) {
        return Spreadsheets.write("人员", PeopleImport.COLUMNS, List.of(rows));
    }

    ResultActions upload(SignedInUser user, byte[] content) throws Exception {
        return mvc.perform(multipart("/people/import").file(new MockMultipartFile("file", "people.xlsx", XLSX, content))
                .with(user(user)).with(csrf()));
    }

    static List<String> problems(ResultActions result) throws Exception {
        String html = result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).select("#importProblems tbody tr").stream()
                .map(tr -> String.join("|", tr.select("td").stream().map(Element::text).toList())).toList();
    }

    List<PersonSummary> named(String text) {
        return people.search(text, null, null, null, AreaScope.everything(),
                org.springframework.data.domain.PageRequest.of(0, 50)).getContent();
    }

    @Test
    void aGoodFileImportsEveryRowThroughTheFacadeWithHistory() throws Exception {
        String officerNumber = number();
        byte[] file = workbook(
                row("民警", "张警官" + t.suffix, "13800000000", stationA, officerNumber, "社区民警", null),
                row("辅警", "李辅警" + t.suffix, null, communityA, null, null, null),
                row("MEDIATOR", "王律师" + t.suffix, "13900000000", communityA, null, null, "律师"),
                row("网格员", "赵网格员" + t.suffix, null, communityA, null, null, null),
                row("志愿者", "钱志愿者" + t.suffix, null, communityA, null, null, null));
        upload(supervisorA, file).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/people"))
                .andExpect(flash().attribute("flash", "import.done"))
                .andExpect(flash().attribute("flashArgs", org.hamcrest.Matchers.arrayContaining(5)));

        List<PersonSummary> imported = named(t.suffix);
        assertThat(imported).extracting(PersonSummary::kind).containsExactlyInAnyOrder(PersonKind.OFFICER,
                PersonKind.AUXILIARY, PersonKind.MEDIATOR, PersonKind.GRID_WORKER, PersonKind.VOLUNTEER);
        PersonSummary officer = imported.stream().filter(p -> p.kind() == PersonKind.OFFICER).findFirst().orElseThrow();
        assertThat(officer.policeNumber()).isEqualTo(officerNumber);
        assertThat(officer.post()).isEqualTo("社区民警");
        assertThat(officer.homeAreaId()).isEqualTo(t.stationA);
        assertThat(officer.active()).isTrue();
        assertThat(imported).filteredOn(p -> p.kind() == PersonKind.MEDIATOR).extracting(PersonSummary::mediatorKind)
                .containsExactly(MediatorKind.LAWYER);
        assertThat(people.history(officer.id(), AreaScope.everything())).hasSize(1);
    }

    @Test
    void oneBadRowAmongGoodOnesImportsNothingAndShowsThatRowsProblems() throws Exception {
        byte[] file = workbook(
                row("民警", "好民警" + t.suffix, null, stationA, number(), null, null),
                row("民警", "坏民警" + t.suffix, "电话", gridA1, null, null, null),
                row("调解员", "坏调解员" + t.suffix, null, communityA, "X1", null, "法官"),
                row("辅警", "好辅警" + t.suffix, null, communityA, null, null, null));
        assertThat(problems(upload(supervisorA, file).andExpect(status().isOk()))).containsExactly(
                "3|电话|格式不正确。",
                "3|所属区域编码|您管辖范围内没有编码为 " + gridA1 + " 的派出所或社区。",
                "3|警号|此项为必填项。",
                "4|调解员类别|无法识别的值：法官。",
                "4|警号|只有民警填写警号。");
        assertThat(named(t.suffix)).isEmpty();
    }

    @Test
    void aPoliceNumberTakenOrRepeatedInTheFileIsAProblem() throws Exception {
        String taken = number();
        management.create(new PersonData(PersonKind.OFFICER, null, "老民警" + t.suffix, null, t.stationA, taken, null,
                null, true), AreaScope.everything());
        String repeated = number();
        byte[] file = workbook(
                row("民警", "甲" + t.suffix, null, stationA, taken, null, null),
                row("民警", "乙" + t.suffix, null, stationA, repeated, null, null),
                row("民警", "丙" + t.suffix, null, stationA, repeated, null, null),
                row("辅警", "丁" + t.suffix, "1", communityA, null, null, null),
                row("辅警", "丁" + t.suffix, "1", communityA, null, null, null));
        assertThat(problems(upload(supervisorA, file).andExpect(status().isOk()))).containsExactly(
                "2|警号|该警号已被他人使用。",
                "4|警号|与第 3 行重复。",
                "6|姓名|与第 5 行重复。");
        assertThat(named(t.suffix)).extracting(PersonSummary::name).containsExactly("老民警" + t.suffix);
    }

    @Test
    void anAreaCodeOutsideTheUploadersScopeIsAProblemNotAnImport() throws Exception {
        byte[] file = workbook(
                row("辅警", "甲辅警" + t.suffix, null, communityA, null, null, null),
                row("辅警", "乙辅警" + t.suffix, null, communityB, null, null, null));
        assertThat(problems(upload(supervisorA, file).andExpect(status().isOk()))).containsExactly(
                "3|所属区域编码|您管辖范围内没有编码为 " + communityB + " 的派出所或社区。");
        assertThat(named(t.suffix)).isEmpty();
    }

    @Test
    void theTemplateDownloadsWithTheColumnHeaders() throws Exception {
        byte[] template = mvc.perform(get("/people/import/template.xlsx").with(user(supervisorA)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        List<SheetRow> rows = Spreadsheets.read(new ByteArrayInputStream(template), PeopleImport.COLUMNS);
        assertThat(rows).extracting(r -> r.get("类别")).containsExactly("民警", "调解员");
    }

    @Test
    void anUploadThatIsNoWorkbookGetsAMessageNotAServerError() throws Exception {
        assertThat(problems(upload(supervisorA, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))
                .andExpect(status().isOk()))).containsExactly("||无法读取该文件，请上传 Excel（.xlsx）文件。");
    }

    @Test
    void anOfficerCannotImportPeople() throws Exception {
        SignedInUser officer = TestTerritory.user(accounts, users, t.stationA, Role.OFFICER);
        mvc.perform(get("/people/import").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/people/import/template.xlsx").with(user(officer))).andExpect(status().isForbidden());
        upload(officer, workbook(row("辅警", "某辅警" + t.suffix, null, communityA, null, null, null)))
                .andExpect(status().isForbidden());
        assertThat(named(t.suffix)).isEmpty();
        String list = mvc.perform(get("/people").with(user(officer))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(list).select("a#importPeople")).isEmpty();
    }

    @Test
    void adminsAndSupervisorsFindTheImportFromTheList() throws Exception {
        SignedInUser admin = TestTerritory.user(accounts, users, t.branch, Role.ADMIN);
        for (SignedInUser user : List.of(admin, supervisorA)) {
            String list = mvc.perform(get("/people").with(user(user))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(Jsoup.parse(list).select("a#importPeople").attr("href")).isEqualTo("/people/import");
        }
        mvc.perform(get("/people/import").with(user(admin))).andExpect(status().isOk());
    }
}
