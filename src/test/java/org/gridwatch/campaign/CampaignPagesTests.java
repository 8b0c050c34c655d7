package org.gridwatch.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridwatch.BadInputCorpus;
import org.gridwatch.Eventually;
import org.gridwatch.IntegrationTest;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.patrol.PatrolDirectory;
import org.gridwatch.patrol.PatrolFixture;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.place.PartnerManagement;
import org.gridwatch.TestTerritory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class CampaignPagesTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PeopleManagement people;
    @Autowired DutyManagement duty;
    @Autowired PartnerManagement partners;
    @Autowired PatrolDirectory patrols;
    @Autowired CampaignManagement management;
    @Autowired CampaignDirectory campaigns;

    PatrolFixture f;
    SignedInUser branchChief;
    LocalDate today = LocalDate.now(ZONE);

    @BeforeEach
    void territory() {
        f = new PatrolFixture(jdbc, accounts, users, people, duty, partners);
        branchChief = TestTerritory.user(accounts, users, f.t.branch, Role.SUPERVISOR);
    }

    long campaign(String name, LocalDate from, LocalDate to, List<Long> areas, TargetData... targets) {
        return management.create(new CampaignData(name + f.t.suffix, from, to, areas, List.of(targets), null), null,
                AreaScope.everything());
    }

    Map<String, String> patrolForm(long gridId, LocalDateTime end, String campaignId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "CAMPAIGN");
        form.put("startedAt", end.minusMinutes(45).toString());
        form.put("endedAt", end.toString());
        form.put("gridId", "" + gridId);
        form.put("personIds", "" + f.officerA);
        form.put("notes", "专项巡逻" + f.t.suffix);
        form.put("campaignId", campaignId);
        return form;
    }

    Map<String, String> campaignForm(String name) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("startsOn", today.minusDays(7).toString());
        form.put("endsOn", today.plusDays(20).toString());
        form.put("areaIds", "" + f.t.communityA);
        form.put("targets[0].kind", "PATROL");
        form.put("targets[0].amount", "2");
        form.put("targets[0].unit", "PER_GRID_WEEK");
        form.put("description", "说明");
        form.put("submissionKey", java.util.UUID.randomUUID().toString());
        return form;
    }

    static MockHttpServletRequestBuilder posted(String path, SignedInUser who, Map<String, String> form) {
        MockHttpServletRequestBuilder request = post(path).with(user(who)).with(csrf());
        form.forEach(request::param);
        return request;
    }

    String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aPatrolTaggedWithAnOpenCampaignCountsTowardsItsProgress() throws Exception {
        long id = campaign("夏季行动", today.minusDays(3), today.plusDays(30), List.of(f.t.communityA),
                new TargetData(TargetKind.PATROL, 1, TargetUnit.PER_GRID_WEEK));
        LocalDateTime end = LocalDateTime.now(ZONE).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
        String location = mvc.perform(posted("/patrols", f.officerAccountA, patrolForm(f.t.gridA1, end, "" + id)))
                .andExpect(redirectedUrlPattern("/patrols/*")).andReturn().getResponse().getRedirectedUrl();
        long patrolId = Long.parseLong(location.substring("/patrols/".length()));
        assertThat(patrols.get(patrolId, AreaScope.everything()).campaignId()).isEqualTo(id);

        Long tagged = Eventually.value(() -> jdbc.sql("select campaign_id from stats_record where kind = 'PATROL' and record_id = ?")
                .param(patrolId).query(Long.class).optional().orElse(null), v -> v != null);
        assertThat(tagged).isEqualTo(id);
        CampaignProgress progress = campaigns.progress(id, AreaScope.everything(), today);
        assertThat(progress.target(TargetKind.PATROL).actual()).isEqualTo(1);
        assertThat(progress.grids()).isEqualTo(2);
        String page = body(get("/campaigns/" + id).with(user(f.officerAccountA)));
        assertThat(page).contains("夏季行动" + f.t.suffix).contains("data-chart=");
    }

    @Test
    void aRecordOutsideTheCampaignsPeriodOrAreasIsRefusedBesideTheField() throws Exception {
        long onlyA1 = campaign("一号网格行动", today.minusDays(3), today.plusDays(30), List.of(f.t.gridA1));
        long over = campaign("已结束行动", today.minusDays(30), today.minusDays(10), List.of(f.t.stationA));
        LocalDateTime end = LocalDateTime.now(ZONE).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES);

        String wrongGrid = body(posted("/patrols", f.officerAccountA, patrolForm(f.t.gridA2, end, "" + onlyA1)));
        assertThat(wrongGrid).contains("该专项行动不覆盖此网格或此日期");
        String wrongDay = body(posted("/patrols", f.officerAccountA, patrolForm(f.t.gridA1, end, "" + over))
                .param("lang", "en"));
        assertThat(wrongDay).contains("This campaign does not cover this grid on this date");
        // the same patrol dated inside the ended campaign is accepted
        mvc.perform(posted("/patrols", f.officerAccountA, patrolForm(f.t.gridA1, end.minusDays(15), "" + over)))
                .andExpect(redirectedUrlPattern("/patrols/*"));
        // a campaign id that does not exist at all
        assertThat(body(posted("/patrols", f.officerAccountA, patrolForm(f.t.gridA1, end, "999999999"))))
                .contains("该专项行动不覆盖此网格或此日期");
    }

    @Test
    void formsOfferOnlyTheCampaignsOfTheRecordsGridAndDay() throws Exception {
        // officer A's default grid is A2
        long station = campaign("所级行动", today.minusDays(3), today.plusDays(30), List.of(f.t.stationA));
        long otherGrid = campaign("一号网格行动", today.minusDays(3), today.plusDays(30), List.of(f.t.gridA1));
        long ended = campaign("已结束行动", today.minusDays(30), today.minusDays(10), List.of(f.t.stationA));
        long otherStation = campaign("乙所行动", today.minusDays(3), today.plusDays(30), List.of(f.t.stationB));
        for (String path : List.of("/patrols/new", "/visits/new", "/consultations/new", "/publicity/new",
                "/drills/new", "/tips/new")) {
            String form = body(get(path).with(user(f.officerAccountA)));
            assertThat(form).as(path).contains("所级行动" + f.t.suffix).contains("value=\"" + station + "\"")
                    .doesNotContain("一号网格行动" + f.t.suffix).doesNotContain("已结束行动" + f.t.suffix)
                    .doesNotContain("乙所行动" + f.t.suffix);
        }
        assertThat(otherGrid + ended + otherStation).isPositive();
    }

    @Test
    void aCampaignIdFromTheRequestNeverShowsTheNameOfACampaignOutsideTheScope() throws Exception {
        long otherStation = campaign("乙所保密行动", today.minusDays(3), today.plusDays(30), List.of(f.t.stationB));
        String name = "乙所保密行动" + f.t.suffix;
        for (String path : List.of("/patrols/new", "/visits/new", "/consultations/new", "/publicity/new",
                "/drills/new", "/tips/new")) {
            assertThat(body(get(path).param("campaignId", "" + otherStation).with(user(f.officerAccountA))))
                    .as(path).doesNotContain(name);
        }
        LocalDateTime end = LocalDateTime.now(ZONE).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
        // re-rendered forms (here with the campaign's own refusal) show no name either
        assertThat(body(posted("/patrols", f.officerAccountA, patrolForm(f.t.gridA1, end, "" + otherStation))))
                .contains("该专项行动不覆盖此网格或此日期").doesNotContain(name);
        Map<String, String> tip = new LinkedHashMap<>();
        tip.put("category", "FRAUD");
        tip.put("gridId", "" + f.t.gridA1);
        tip.put("occurredAt", end.toString());
        tip.put("campaignId", "" + otherStation);
        assertThat(body(posted("/tips", f.officerAccountA, tip))).doesNotContain(name);
        Map<String, String> consultation = new LinkedHashMap<>();
        consultation.put("gridId", "" + f.t.gridA1);
        consultation.put("occurredAt", end.toString());
        consultation.put("campaignId", "" + otherStation);
        assertThat(body(posted("/consultations", f.officerAccountA, consultation))).doesNotContain(name);
    }

    @Test
    void campaignsOutsideTheScopeAreNotFoundAndABranchCampaignIsReadOnlyInAStation() throws Exception {
        long stationB = campaign("乙所行动", today, today.plusDays(30), List.of(f.t.stationB));
        long branch = campaign("全局行动", today, today.plusDays(30), List.of(f.t.branch));
        for (String path : List.of("/campaigns/" + stationB, "/campaigns/" + stationB + "/edit",
                "/campaigns/" + stationB + "/report.xlsx", "/campaigns/" + branch + "/edit")) {
            mvc.perform(get(path).with(user(f.supervisorA))).andExpect(status().isNotFound());
        }
        mvc.perform(posted("/campaigns/" + stationB, f.supervisorA, campaignForm("改名"))).andExpect(status().isNotFound());
        mvc.perform(get("/campaigns?area=" + f.t.stationB).with(user(f.supervisorA))).andExpect(status().isNotFound());
        String list = body(get("/campaigns").with(user(f.supervisorA)));
        assertThat(list).contains("全局行动" + f.t.suffix).doesNotContain("乙所行动" + f.t.suffix);
        String page = body(get("/campaigns/" + branch).with(user(f.supervisorA)));
        assertThat(page).contains("全局行动" + f.t.suffix).doesNotContain("/campaigns/" + branch + "/edit");
        // officers read, never write; a mediator sees nothing
        mvc.perform(get("/campaigns/" + branch).with(user(f.officerAccountA))).andExpect(status().isOk());
        mvc.perform(get("/campaigns/new").with(user(f.officerAccountA))).andExpect(status().isForbidden());
        mvc.perform(posted("/campaigns", f.officerAccountA, campaignForm("民警建"))).andExpect(status().isForbidden());
        SignedInUser mediator = TestTerritory.user(accounts, users, f.t.stationA, Role.MEDIATOR);
        mvc.perform(get("/campaigns").with(user(mediator))).andExpect(status().isForbidden());
        // a station supervisor cannot cover areas of another station
        Map<String, String> form = campaignForm("越界" + f.t.suffix);
        form.put("areaIds", "" + f.t.stationB);
        assertThat(body(posted("/campaigns", f.supervisorA, form))).contains("所选区域不在您的辖区内");
    }

    @Test
    void aStaleEditIsAConflictThatKeepsTheInputAndADoubleSubmitCreatesOne() throws Exception {
        Map<String, String> form = campaignForm("平安行动" + f.t.suffix);
        String first = mvc.perform(posted("/campaigns", f.supervisorA, form)).andExpect(redirectedUrlPattern("/campaigns/*"))
                .andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(posted("/campaigns", f.supervisorA, form)).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        long id = Long.parseLong(first.substring("/campaigns/".length()));
        assertThat(jdbc.sql("select count(*) from campaign where name = ?").param("平安行动" + f.t.suffix)
                .query(Long.class).single()).isEqualTo(1);

        Map<String, String> edit = campaignForm("平安行动改" + f.t.suffix);
        edit.put("version", "0");
        mvc.perform(posted("/campaigns/" + id, f.supervisorA, edit)).andExpect(redirectedUrlPattern("/campaigns/*"));
        edit.put("name", "迟到的修改" + f.t.suffix);
        String conflict = mvc.perform(posted("/campaigns/" + id, f.supervisorA, edit)).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("迟到的修改" + f.t.suffix);
        assertThat(campaigns.get(id, AreaScope.everything()).name()).isEqualTo("平安行动改" + f.t.suffix);
        assertThat(body(get("/campaigns/" + id).with(user(f.supervisorA)))).contains("平安行动改" + f.t.suffix);
    }

    @Test
    void theCampaignRulesAnswerBesideTheField() throws Exception {
        Map<String, String> reversed = campaignForm("倒序" + f.t.suffix);
        reversed.put("endsOn", today.minusDays(30).toString());
        assertThat(body(posted("/campaigns", f.supervisorA, reversed))).contains("结束日期不能早于开始日期");
        Map<String, String> nested = campaignForm("嵌套" + f.t.suffix);
        nested.put("areaIds", f.t.stationA + "," + f.t.gridA1);
        assertThat(body(posted("/campaigns", f.supervisorA, nested))).contains("所选区域不能相互包含");
        Map<String, String> twice = campaignForm("重复" + f.t.suffix);
        twice.put("targets[1].kind", "PATROL");
        twice.put("targets[1].amount", "3");
        twice.put("targets[1].unit", "TOTAL");
        assertThat(body(posted("/campaigns", f.supervisorA, twice))).contains("每类记录只能设一个目标");
        Map<String, String> unknown = campaignForm("未知" + f.t.suffix);
        unknown.put("targets[0].kind", "ARREST");
        assertThat(body(posted("/campaigns", f.supervisorA, unknown))).contains("请选择目标类型");
    }

    @Test
    void theCampaignFormSurvivesBadInput() throws Exception {
        BadInputCorpus.attack(mvc, f.supervisorA, "/campaigns", campaignForm("坏输入" + f.t.suffix));
    }

    @Test
    void theClosingReportIsAWorkbookWithChineseHeaders() throws Exception {
        long id = campaign("报告行动", today.minusDays(14), today.plusDays(14), List.of(f.t.stationA),
                new TargetData(TargetKind.PATROL, 1, TargetUnit.PER_GRID_WEEK),
                new TargetData(TargetKind.PUBLICITY, 5, TargetUnit.TOTAL));
        byte[] xlsx = mvc.perform(get("/campaigns/" + id + "/report.xlsx").with(user(f.supervisorA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("部分");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("已完成");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("巡逻");
            // overall (2 targets) + the community (2 targets) + grids A1 and A2 behind on patrols
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + 2 + 2);
        }
    }
}
