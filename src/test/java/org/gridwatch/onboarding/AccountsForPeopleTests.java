package org.gridwatch.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.duty.DutyRole;
import org.gridwatch.duty.NewAssignment;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.AccountView;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.MediatorKind;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.people.PersonData;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonKind;
import org.gridwatch.shared.spreadsheet.Spreadsheets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A supervisor onboards the people of their station: from the register (selected people, a preview of what
 * each gets, one submit) and from a workbook, all or nothing, ending on the sheet of initial passwords.
 */
@IntegrationTest
class AccountsForPeopleTests {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PeopleManagement register;
    @Autowired PersonDirectory people;
    @Autowired DutyManagement duty;
    @Autowired AreaDirectory areas;

    TestTerritory t;
    SignedInUser supervisorA;

    @BeforeEach
    void territory() {
        t = TestTerritory.create(jdbc);
        supervisorA = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
    }

    long person(PersonKind kind, String name, long home, String policeNumber, String post) {
        return register.create(new PersonData(kind, kind == PersonKind.MEDIATOR ? MediatorKind.LAWYER : null,
                name + t.suffix, null, home, policeNumber, post, null, true), AreaScope.everything()).person().id();
    }

    static String number() {
        return "N" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    void onDuty(long gridId, long personId, DutyRole role) {
        duty.assign(new NewAssignment(gridId, personId, role, LocalDate.now().minusDays(30), null, null),
                AreaScope.everything());
    }

    MockHttpServletRequestBuilder selection(MockHttpServletRequestBuilder request, long... personIds) {
        request.with(user(supervisorA)).header("Accept-Language", "zh-CN");
        for (long id : personIds) {
            request.param("person", String.valueOf(id));
        }
        return request;
    }

    ResultActions open(String key, long... personIds) throws Exception {
        return mvc.perform(selection(post("/people/accounts"), personIds).with(csrf()).param("submissionKey", key));
    }

    @SuppressWarnings("unchecked")
    static List<IssuedAccount> issued(MvcResult result) {
        return (List<IssuedAccount>) result.getFlashMap().get("issued");
    }

    AccountView accountOf(long personId) {
        Long accountId = people.find(personId).orElseThrow().accountId();
        assertThat(accountId).as("account of person %s", personId).isNotNull();
        return accounts.get(accountId);
    }

    boolean hasAccount(long personId) {
        return people.find(personId).orElseThrow().accountId() != null;
    }

    @Test
    void aSupervisorOpensAccountsForTheSelectedPeopleWithRoleAndScopeFromPostHomeAndDuty() throws Exception {
        String officerNumber = number();
        String chiefNumber = number();
        long officer = person(PersonKind.OFFICER, "社区民警", t.communityA, officerNumber, "社区民警");
        long chief = person(PersonKind.OFFICER, "所长", t.stationA, chiefNumber, "所长");
        long auxiliary = person(PersonKind.AUXILIARY, "辅警", t.communityA, null, null);
        long mediator = person(PersonKind.MEDIATOR, "律师", t.stationA, null, null);
        onDuty(t.gridA1, officer, DutyRole.RESPONSIBLE_OFFICER);
        onDuty(t.gridA2, auxiliary, DutyRole.AUXILIARY);

        String preview = mvc.perform(selection(get("/people/accounts/new"), officer, chief, auxiliary, mediator))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(preview);
        assertThat(page.select("#proposals tbody tr")).as(preview).hasSize(4);
        assertThat(page.select("#proposals tbody tr")).hasSize(4);
        assertThat(page.select("#openAccounts").text()).isEqualTo("开通 4 个账号");
        assertThat(page.select("#proposals tbody tr").first().text()).contains(officerNumber.toLowerCase(), "社区民警");

        MvcResult result = open(UUID.randomUUID().toString(), officer, chief, auxiliary, mediator)
                .andExpect(redirectedUrl("/people/accounts/sheet")).andReturn();
        assertThat(issued(result)).extracting(IssuedAccount::username).containsExactly(officerNumber.toLowerCase(),
                chiefNumber.toLowerCase(), "aux-" + auxiliary, "med-" + mediator);

        assertThat(accountOf(officer).roles()).containsExactly(Role.OFFICER);
        assertThat(accountOf(officer).scopeAreaId()).isEqualTo(t.communityA);
        assertThat(accountOf(chief).roles()).containsExactly(Role.SUPERVISOR);
        assertThat(accountOf(chief).scopeAreaId()).isEqualTo(t.stationA);
        assertThat(accountOf(auxiliary).roles()).containsExactly(Role.AUXILIARY);
        assertThat(accountOf(mediator).roles()).containsExactly(Role.MEDIATOR);
        assertThat(accountOf(mediator).scopeAreaId()).isEqualTo(t.stationA);
        assertThat(accountOf(officer).passwordChangeRequired()).isTrue();

        jakarta.servlet.http.Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("the session that holds the sheet's flash").isNotNull();
        String sheet = mvc.perform(get("/people/accounts/sheet").with(user(supervisorA)).cookie(session)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document slips = Jsoup.parse(sheet);
        assertThat(slips.select("#slips .gw-slip")).as(sheet).hasSize(4);
        assertThat(slips.select("#slips .gw-password").eachText()).contains(issued(result).get(0).initialPassword());
        assertThat(slips.select("#print")).hasSize(1);

        // shown once: the sheet again, without the flash, holds no password
        mvc.perform(get("/people/accounts/sheet").with(user(supervisorA)).cookie(session)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("sheetGone")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("gw-slip"))));
    }

    @Test
    void theAccountsListNamesThePersonPoliceNumberAndStation() throws Exception {
        String officerNumber = number();
        long officer = person(PersonKind.OFFICER, "列表民警", t.communityA, officerNumber, "社区民警");
        open(UUID.randomUUID().toString(), officer).andExpect(redirectedUrl("/people/accounts/sheet"));
        SignedInUser admin = TestTerritory.user(accounts, users, t.branch, Role.ADMIN);

        String html = mvc.perform(get("/admin/accounts").param("q", officerNumber).with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Element row = Jsoup.parse(html).select("tbody tr").first();
        assertThat(row.text()).contains(officerNumber.toLowerCase(), "列表民警" + t.suffix, officerNumber, "甲派出所");
    }

    @Test
    void oneSelectedPersonWhoCannotGetAnAccountRefusesTheWholeSelection() throws Exception {
        long officer = person(PersonKind.OFFICER, "民警", t.communityA, number(), null);
        long gridWorker = person(PersonKind.GRID_WORKER, "网格员", t.communityA, null, null);

        // The register offers no tick box for a grid worker; a hand-made selection is still refused as a whole.
        Document register = Jsoup.parse(mvc.perform(get("/people").param("area", "" + t.communityA)
                .with(user(supervisorA))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(register.select("#select" + gridWorker).hasAttr("disabled")).isTrue();
        assertThat(register.select("#select" + officer).hasAttr("disabled")).isFalse();
        assertThat(register.select("#select" + officer)).hasSize(1);

        String preview = mvc.perform(selection(get("/people/accounts/new"), officer, gridWorker))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(preview).select("#openAccounts")).isEmpty();
        assertThat(Jsoup.parse(preview).select("#proposals tr.table-danger").text()).contains("网格员和志愿者不开通账号");

        open(UUID.randomUUID().toString(), officer, gridWorker).andExpect(status().isOk())
                .andExpect(content().string(containsString("一个也没有开通")));
        assertThat(hasAccount(officer)).isFalse();
    }

    @Test
    void aScopeWidenedByDutyBeyondTheSupervisorsOwnIsRefused() throws Exception {
        long officer = person(PersonKind.OFFICER, "跨所民警", t.communityA, number(), null);
        onDuty(t.gridB1, officer, DutyRole.RESPONSIBLE_OFFICER);

        open(UUID.randomUUID().toString(), officer).andExpect(status().isOk())
                .andExpect(content().string(containsString("管辖范围超出您自己的范围")));
        assertThat(hasAccount(officer)).isFalse();

        SignedInUser branchAdmin = TestTerritory.user(accounts, users, t.branch, Role.ADMIN);
        mvc.perform(post("/people/accounts").with(user(branchAdmin)).with(csrf()).param("person", "" + officer)
                .param("submissionKey", UUID.randomUUID().toString())).andExpect(redirectedUrl("/people/accounts/sheet"));
        assertThat(accountOf(officer).scopeAreaId()).isEqualTo(t.branch);
    }

    @Test
    void aPersonOutsideTheSupervisorsScopeIsNotFound() throws Exception {
        long elsewhere = person(PersonKind.AUXILIARY, "乙所辅警", t.communityB, null, null);
        mvc.perform(selection(get("/people/accounts/new"), elsewhere)).andExpect(status().isNotFound());
        open(UUID.randomUUID().toString(), elsewhere).andExpect(status().isNotFound());
        assertThat(hasAccount(elsewhere)).isFalse();
    }

    @Test
    void anOfficerMayNotOpenAccounts() throws Exception {
        long auxiliary = person(PersonKind.AUXILIARY, "辅警", t.communityA, null, null);
        SignedInUser officer = TestTerritory.user(accounts, users, t.communityA, Role.OFFICER);
        mvc.perform(post("/people/accounts").with(user(officer)).with(csrf()).param("person", "" + auxiliary))
                .andExpect(status().isForbidden());
        assertThat(hasAccount(auxiliary)).isFalse();
    }

    @Test
    void aDoubleSubmitOpensTheAccountsOnce() throws Exception {
        long auxiliary = person(PersonKind.AUXILIARY, "辅警", t.communityA, null, null);
        String key = UUID.randomUUID().toString();
        open(key, auxiliary).andExpect(redirectedUrl("/people/accounts/sheet"));
        open(key, auxiliary).andExpect(redirectedUrl("/people/accounts/sheet"));
        assertThat(jdbc.sql("select count(*) from account where username = ?").param("aux-" + auxiliary)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void markingAPersonInactiveOnTheirPageDisablesTheirAccount() throws Exception {
        long auxiliary = person(PersonKind.AUXILIARY, "离职辅警", t.communityA, null, null);
        open(UUID.randomUUID().toString(), auxiliary).andExpect(redirectedUrl("/people/accounts/sheet"));
        var details = people.details(auxiliary, AreaScope.everything());
        var p = details.person();

        register.change(auxiliary, details.version(), new PersonData(p.kind(), null, p.name(), null, p.homeAreaId(),
                null, null, accountOf(auxiliary).username(), false), AreaScope.everything());

        assertThat(accountOf(auxiliary).enabled()).isFalse();
    }

    @Test
    void leavingWithAHandoverThatStartsLaterIsRefusedBesideTheBox() throws Exception {
        long leaver = person(PersonKind.AUXILIARY, "将离岗辅警", t.communityA, null, null);
        long successor = person(PersonKind.AUXILIARY, "接任辅警", t.communityA, null, null);
        onDuty(t.gridA1, leaver, DutyRole.AUXILIARY);
        String html = mvc.perform(post("/duty/handover").with(user(supervisorA)).with(csrf())
                        .header("Accept-Language", "zh-CN").param("leaverId", "" + leaver)
                        .param("successorId", "" + successor).param("date", LocalDate.now().plusDays(7).toString())
                        .param("leaves", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("#leaves-error").text()).isEqualTo("只有交接日期为今天或更早时才能办理离岗。");
        assertThat(people.find(leaver).orElseThrow().active()).isTrue();
    }

    // ---- from a workbook

    static byte[] workbook(List<?>... rows) {
        return Spreadsheets.write("账号", AccountSheetImport.COLUMNS, List.of(rows));
    }

    /** A row in the template's column order: 姓名, 警号, 所属区域编码, 用户名, 角色, 账号范围编码. */
    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    ResultActions upload(byte[] content) throws Exception {
        return mvc.perform(multipart("/people/accounts/import")
                .file(new MockMultipartFile("file", "accounts.xlsx", XLSX, content))
                .param("submissionKey", UUID.randomUUID().toString())
                .with(user(supervisorA)).with(csrf()).header("Accept-Language", "zh-CN"));
    }

    static List<String> problems(ResultActions result) throws Exception {
        String html = result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).select("#importProblems tbody tr").stream()
                .map(tr -> String.join("|", tr.select("td").stream().map(Element::text).toList())).toList();
    }

    String code(long areaId) {
        return areas.find(areaId).orElseThrow().code();
    }

    @Test
    void aWorkbookOpensAccountsForThePeopleItNames() throws Exception {
        String officerNumber = number();
        long officer = person(PersonKind.OFFICER, "表格民警", t.communityA, officerNumber, null);
        long auxiliary = person(PersonKind.AUXILIARY, "表格辅警", t.communityA, null, null);
        String chosen = "fj" + t.suffix;

        MvcResult result = upload(workbook(
                row("表格民警" + t.suffix, officerNumber, null, null, null, null),
                row("表格辅警" + t.suffix, null, code(t.communityA), chosen, "辅警", code(t.stationA))))
                .andExpect(redirectedUrl("/people/accounts/sheet")).andReturn();

        assertThat(issued(result)).hasSize(2);
        assertThat(accountOf(officer).username()).isEqualTo(officerNumber.toLowerCase());
        assertThat(accountOf(auxiliary).username()).isEqualTo(chosen);
        assertThat(accountOf(auxiliary).scopeAreaId()).isEqualTo(t.stationA);
        assertThat(accountOf(auxiliary).passwordChangeRequired()).isTrue();
    }

    @Test
    void aWorkbookWithOneBadRowOpensNoAccountAndNamesEveryProblem() throws Exception {
        String officerNumber = number();
        long officer = person(PersonKind.OFFICER, "好民警", t.communityA, officerNumber, null);
        long auxiliary = person(PersonKind.AUXILIARY, "想当管理员的辅警", t.communityA, null, null);

        ResultActions refused = upload(workbook(
                row("好民警" + t.suffix, officerNumber, null, null, null, null),
                row("想当管理员的辅警" + t.suffix, null, code(t.communityA), null, "系统管理员", null),
                row("没有这个人" + t.suffix, number(), null, null, null, null)))
                .andExpect(status().isOk());

        assertThat(problems(refused)).containsExactly("3|角色|您不能授予这个角色", "4|警号|您的管辖范围内没有此人。");
        assertThat(hasAccount(officer)).isFalse();
        assertThat(hasAccount(auxiliary)).isFalse();
    }

    @Test
    void theWorkbookTemplateHasTheColumns() throws Exception {
        byte[] template = mvc.perform(get("/people/accounts/import/template.xlsx").with(user(supervisorA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Spreadsheets.read(new java.io.ByteArrayInputStream(template), AccountSheetImport.COLUMNS))
                .hasSize(2);
    }

    @Test
    void theSupervisorMayNotGrantAdmin() {
        assertThat(AccountManagement.grantableBy(supervisorA)).doesNotContain(Role.ADMIN)
                .contains(Role.SUPERVISOR, Role.OFFICER, Role.AUXILIARY, Role.MEDIATOR);
        assertThat(Set.of(Role.values())).isEqualTo(AccountManagement.grantableBy(
                TestTerritory.user(accounts, users, t.branch, Role.ADMIN)));
    }
}
