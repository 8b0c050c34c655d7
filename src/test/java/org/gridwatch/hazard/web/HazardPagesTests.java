package org.gridwatch.hazard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridwatch.BadInputCorpus;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestClock;
import org.gridwatch.hazard.HazardDetails;
import org.gridwatch.hazard.HazardDirectory;
import org.gridwatch.hazard.HazardFixtures;
import org.gridwatch.hazard.HazardManagement;
import org.gridwatch.hazard.HazardState;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.photo.PhotoView;
import org.gridwatch.place.PlaceData;
import org.gridwatch.place.PlaceKind;
import org.gridwatch.place.PlaceManagement;
import org.gridwatch.place.PlaceView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.gridwatch.fieldwork.Origin;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.fieldwork.TimelineFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The hazard pages through the whole web stack: recording with photos, the workflow's forms and its refusals
 * (409 with the reason), scope (404), roles (403), the list's filters and export, the printable notice, and
 * the corpus of bad input against every form.
 */
@IntegrationTest
class HazardPagesTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired HazardManagement management;
    @Autowired HazardDirectory directory;
    @Autowired PlaceManagement places;
    @Autowired TestClock clock;

    HazardFixtures f;

    @BeforeEach
    void setUp() {
        clock.reset();
        f = new HazardFixtures(jdbc, accounts, users);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anOfficerRecordsAHazardWithABeforePhotoAndSeesItWithTheResponsiblePhoneMaskedInTheList() throws Exception {
        String description = "消防通道被杂物堵塞 " + f.t.suffix;
        String location = mvc.perform(createRequest(f.officerA, description)
                        .file(new MockMultipartFile("photos", "before.jpg", "image/jpeg",
                                HazardFixtures.jpeg(Color.RED, 80, 60))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/hazards/\\d+");
        long id = Long.parseLong(location.substring("/hazards/".length()));

        String detail = mvc.perform(get(location).with(user(f.officerA))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains(description).contains("13812345678").contains("已发现").contains("发出整改通知");
        HazardDetails details = directory.get(id, f.stationAScope);
        assertThat(details.hazard().ownerPersonId()).isEqualTo(f.officerAPerson);
        PhotoView photo = details.before().get(0);
        mvc.perform(get(location + "/photos/" + photo.id()).with(user(f.supervisorA))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"));
        mvc.perform(get(location + "/photos/" + photo.id()).param("size", "thumb").with(user(f.officerA)))
                .andExpect(status().isOk());

        String list = mvc.perform(get("/hazards").param("area", "" + f.t.stationA).with(user(f.supervisorA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(description).contains("138****5678").doesNotContain("13812345678");
    }

    @Test
    void aFormSentTwiceRecordsOneHazard() throws Exception {
        String key = java.util.UUID.randomUUID().toString();
        String description = "重复提交 " + f.t.suffix;
        String first = mvc.perform(createRequest(f.officerA, description, "submissionKey", key))
                .andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(createRequest(f.officerA, description, "submissionKey", key))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from hazard where description = ?").param(description)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theFormOpenedFromAPatrolFindingIsPrefilledAndTheHazardLinksBack() throws Exception {
        Origin finding = TimelineFixture.recordIn(jdbc, RecordKind.PATROL, f.t.gridA2, 3);
        String form = mvc.perform(get("/hazards/new").param("origin", finding.text())
                        .param("gridId", "" + f.t.gridA2).param("text", "<b>楼道堆放电动车</b>").with(user(f.officerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"" + finding.text() + "\"").contains("&lt;b&gt;楼道堆放电动车&lt;/b&gt;")
                .contains("href=\"" + finding.path() + "\"");
        assertThat(form).containsPattern("<option value=\"" + f.t.gridA2 + "\" selected=\"selected\"");
        assertThat(form).containsPattern("<option value=\"PATROL\" selected=\"selected\"");

        String location = mvc.perform(createRequest(f.officerA, "楼道堆放电动车 " + f.t.suffix,
                "origin", finding.text())).andReturn().getResponse().getRedirectedUrl();
        String detail = mvc.perform(get(location).with(user(f.officerA))).andReturn().getResponse()
                .getContentAsString();
        assertThat(detail).contains("href=\"" + finding.path() + "\"");
    }

    @Test
    void anOriginOutsideTheOfficersStationIsNeitherOfferedNorLinked() throws Exception {
        Origin elsewhere = TimelineFixture.recordIn(jdbc, RecordKind.PATROL, f.t.gridB1, 1);
        String form = mvc.perform(get("/hazards/new").param("origin", elsewhere.text()).with(user(f.officerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).doesNotContain(elsewhere.text()).doesNotContain(elsewhere.path());
        String location = mvc.perform(createRequest(f.officerA, "外所来源 " + f.t.suffix, "origin", elsewhere.text()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(location).with(user(f.officerA))).andReturn().getResponse().getContentAsString())
                .doesNotContain(elsewhere.path());
    }

    @Test
    void choosingAPlaceTakesItsNameAndContactAsTheResponsibleSide() throws Exception {
        PlaceView place = places.create(new PlaceData(PlaceKind.VENUE, "飞扬网吧" + f.t.suffix, "卫星路 1 号", f.t.gridA1,
                null, null, "孙老板", "13900001111", 14, null), f.stationAScope);
        String options = mvc.perform(get("/hazards/place-choices").param("gridId", "" + f.t.gridA1)
                .with(user(f.officerA))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(options).contains("飞扬网吧" + f.t.suffix);
        assertThat(mvc.perform(get("/hazards/place-choices").param("gridId", "" + f.t.gridB1)
                .with(user(f.officerA))).andReturn().getResponse().getContentAsString())
                .doesNotContain("<option value=\"" + place.id());

        String location = mvc.perform(createRequest(f.officerA, "网吧安全出口上锁", "placeId", "" + place.id(),
                        "responsibleUnit", "", "responsiblePerson", "", "responsiblePhone", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        HazardDetails details = directory.get(id(location), f.stationAScope);
        assertThat(details.hazard().responsibleUnit()).isEqualTo("飞扬网吧" + f.t.suffix);
        assertThat(details.hazard().responsiblePerson()).isEqualTo("孙老板");
        assertThat(details.placeName()).isEqualTo("飞扬网吧" + f.t.suffix);

        String refused = mvc.perform(createRequest(f.officerA, "错网格", "placeId", "" + place.id(),
                        "gridId", "" + f.t.gridA2)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("该场所不在所选网格内");
    }

    @Test
    void aHazardGoesFromFoundToVerifiedThroughItsFormsAndTheRecorderOfTheRectificationMayNotVerify()
            throws Exception {
        long id = created(f.officerA);
        String notify = mvc.perform(get("/hazards/" + id + "/notify").with(user(f.auxiliaryA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(notify).contains("name=\"deadline\"");
        LocalDate deadline = LocalDate.now(ZONE).plusDays(5);
        mvc.perform(post("/hazards/" + id + "/notify").with(user(f.auxiliaryA)).with(csrf())
                        .param("deadline", deadline.toString()).param("requirement", "三日内清理通道并设置标识")
                        .param("version", "" + version(id)))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo(HazardState.NOTIFIED);

        String notice = mvc.perform(get("/hazards/" + id + "/notice").with(user(f.officerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(notice).contains("风险隐患整改通知书").contains("三日内清理通道并设置标识")
                .contains(deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth() + "日")
                .contains("甲派出所").contains("星空网咖" + f.t.suffix).contains("hazard.css");
        assertThat(mvc.perform(get("/hazards/" + id + "/notice").param("lang", "en").with(user(f.officerA)))
                .andReturn().getResponse().getContentAsString()).contains("风险隐患整改通知书").contains("Print");

        // rectification without an after-photo is refused beside the field
        String noPhoto = mvc.perform(multipart("/hazards/" + id + "/rectify").with(user(f.officerA)).with(csrf())
                        .param("note", "已清理").param("version", "" + version(id)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noPhoto).contains("请至少上传 1 张整改后照片");
        mvc.perform(multipart("/hazards/" + id + "/rectify").file(afterPhoto()).with(user(f.officerA)).with(csrf())
                        .param("note", "已清理通道，加装标识").param("version", "" + version(id)))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo(HazardState.RECTIFIED);

        String detailForRecorder = mvc.perform(get("/hazards/" + id).with(user(f.officerA))).andReturn().getResponse()
                .getContentAsString();
        assertThat(detailForRecorder).contains("本次整改由您登记，须由其他民警复核").doesNotContain("id=\"verify\"");
        mvc.perform(get("/hazards/" + id + "/verify").with(user(f.officerA))).andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("须由其他人员复核")));
        mvc.perform(post("/hazards/" + id + "/verify").with(user(f.officerA)).with(csrf()).param("outcome", "PASS")
                        .param("version", "" + version(id)))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("本次整改由您登记")));
        mvc.perform(post("/hazards/" + id + "/verify").with(user(f.auxiliaryA)).with(csrf()).param("outcome", "PASS")
                        .param("version", "" + version(id)))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("辅警不能复核销号")));
        assertThat(state(id)).isEqualTo(HazardState.RECTIFIED);

        String verifyForm = mvc.perform(get("/hazards/" + id + "/verify").with(user(f.otherOfficerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(verifyForm).contains("整改后照片").contains("已清理通道，加装标识");
        mvc.perform(post("/hazards/" + id + "/verify").with(user(f.otherOfficerA)).with(csrf())
                        .param("outcome", "PASS").param("note", "现场复核到位").param("version", "" + version(id)))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo(HazardState.VERIFIED);
        String closed = mvc.perform(get("/hazards/" + id).with(user(f.supervisorA))).andReturn().getResponse()
                .getContentAsString();
        assertThat(closed).contains("已销号").contains("复核通过，销号").doesNotContain("id=\"editHazard\"");
    }

    @Test
    void aFailedReinspectionNeedsAReasonAndANewDeadlineAfterTodayAndReopensTheHazard() throws Exception {
        long id = rectifiedBy(f.officerA);
        String missing = mvc.perform(post("/hazards/" + id + "/verify").with(user(f.otherOfficerA)).with(csrf())
                        .param("outcome", "FAIL").param("version", "" + version(id)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("复核未通过时请写明原因").contains("复核未通过时请填写新的整改期限");
        String today = mvc.perform(post("/hazards/" + id + "/verify").with(user(f.otherOfficerA)).with(csrf())
                        .param("outcome", "FAIL").param("note", "仍有杂物").param("deadline", LocalDate.now(ZONE).toString())
                        .param("version", "" + version(id)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(today).contains("整改期限须晚于今天");
        mvc.perform(post("/hazards/" + id + "/verify").with(user(f.otherOfficerA)).with(csrf())
                        .param("outcome", "FAIL").param("note", "仍有杂物")
                        .param("deadline", LocalDate.now(ZONE).plusDays(3).toString()).param("version", "" + version(id)))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo(HazardState.REOPENED);
        mvc.perform(get("/hazards/" + id + "/rectify").with(user(f.officerA))).andExpect(status().isOk());
    }

    @Test
    void aTransitionTheStateDoesNotAllowIsA409PageSayingWhy() throws Exception {
        long id = created(f.officerA);
        mvc.perform(post("/hazards/" + id + "/verify").with(user(f.otherOfficerA)).with(csrf()).param("outcome", "PASS")
                        .param("version", "" + version(id)))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("当前状态为“已发现”")));
        mvc.perform(multipart("/hazards/" + id + "/rectify").file(afterPhoto()).with(user(f.officerA)).with(csrf())
                        .param("note", "x").param("version", "" + version(id)))
                .andExpect(status().isConflict());
        long stale = version(id);
        mvc.perform(post("/hazards/" + id + "/notify").with(user(f.officerA)).with(csrf())
                .param("deadline", LocalDate.now(ZONE).plusDays(2).toString()).param("requirement", "x")
                .param("version", "" + stale)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/hazards/" + id + "/notify").with(user(f.otherOfficerA)).with(csrf())
                        .param("deadline", LocalDate.now(ZONE).plusDays(2).toString()).param("requirement", "y")
                        .param("version", "" + stale))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("该隐患刚被他人处理")));
        assertThat(directory.get(id, f.stationAScope).steps()).hasSize(2);
    }

    @Test
    void anOfficerOfAnotherStationFindsNothingOfTheHazard() throws Exception {
        long id = rectifiedBy(f.officerA);
        long photo = directory.get(id, f.stationAScope).before().get(0).id();
        for (String path : List.of("", "/edit", "/notify", "/notice", "/rectify", "/verify", "/photos/" + photo)) {
            mvc.perform(get("/hazards/" + id + path).with(user(f.officerB))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/hazards/" + id + "/verify").with(user(f.officerB)).with(csrf()).param("outcome", "PASS")
                .param("version", "" + version(id))).andExpect(status().isNotFound());
        mvc.perform(multipart("/hazards/" + id + "/rectify").file(afterPhoto()).with(user(f.officerB)).with(csrf())
                .param("note", "x").param("version", "" + version(id))).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/hazards").with(user(f.officerB))).andReturn().getResponse().getContentAsString())
                .doesNotContain("/hazards/" + id + "\"");
        mvc.perform(get("/hazards").param("area", "" + f.t.stationA).with(user(f.officerB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/hazards/export").param("area", "" + f.t.stationA).with(user(f.officerB)))
                .andExpect(status().isNotFound());
        // a grid of another station cannot be chosen: a message beside the grid
        String refused = mvc.perform(createRequest(f.officerB, "外所网格", "gridId", "" + f.t.gridA1))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请选择您辖区内的网格");
        // the photo of one hazard is not served under another's id
        long other = created(f.officerA);
        mvc.perform(get("/hazards/" + other + "/photos/" + photo).with(user(f.officerA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void mediatorsHaveNoHazardPages() throws Exception {
        long id = created(f.officerA);
        mvc.perform(get("/hazards").with(user(f.mediatorA))).andExpect(status().isForbidden());
        mvc.perform(get("/hazards/" + id).with(user(f.mediatorA))).andExpect(status().isForbidden());
        mvc.perform(get("/hazards/new").with(user(f.mediatorA))).andExpect(status().isForbidden());
    }

    @Test
    void theListFiltersByStateAndDueAndTheExportHoldsExactlyTheFilteredRowsWithChineseHeaders() throws Exception {
        long found = created(f.officerA);
        long notified = created(f.officerA);
        management.notifyResponsible(notified, version(notified), LocalDate.now(ZONE).plusDays(1), "x",
                management.actor(f.officerA), f.stationAScope);
        clock.set(Instant.now().plus(java.time.Duration.ofDays(10)));

        String red = mvc.perform(get("/hazards").param("area", "" + f.t.communityA).param("due", "RED")
                .param("sort", "due").with(user(f.supervisorA))).andReturn().getResponse().getContentAsString();
        assertThat(red).contains("/hazards/" + notified + "\"").contains("/hazards/" + found + "\"")
                .contains("gw-hz-due-RED").contains("督办");
        String onlyNotified = mvc.perform(get("/hazards").param("area", "" + f.t.communityA)
                .param("state", "NOTIFIED").with(user(f.supervisorA))).andReturn().getResponse().getContentAsString();
        assertThat(onlyNotified).contains("/hazards/" + notified + "\"").doesNotContain("/hazards/" + found + "\"");

        MockHttpServletResponse export = mvc.perform(get("/hazards/export").param("area", "" + f.t.communityA)
                .param("state", "NOTIFIED").with(user(f.supervisorA))).andExpect(status().isOk())
                .andReturn().getResponse();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("编号");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("类别");
            List<Long> ids = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                ids.add((long) sheet.getRow(r).getCell(0).getNumericCellValue());
                assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).isEqualTo("整改中");
                assertThat(sheet.getRow(r).getCell(9).getStringCellValue()).isEqualTo("138****5678");
            }
            assertThat(ids).contains(notified).doesNotContain(found);
        }
        // unreadable filters are no filters, never an error
        mvc.perform(get("/hazards").param("state", "<x>").param("due", "1e400").param("from", "2026-02-30")
                .param("sort", "'; drop").param("page", "-4").with(user(f.supervisorA))).andExpect(status().isOk());
    }

    @Test
    void anEditKeepsTheInputAndAnswers409WhenTheHazardChangedMeanwhile() throws Exception {
        long id = created(f.officerA);
        long stale = version(id);
        management.notifyResponsible(id, stale, LocalDate.now(ZONE).plusDays(2), "x", management.actor(f.officerA),
                f.stationAScope);
        String page = mvc.perform(multipart("/hazards/" + id).with(user(f.officerA)).with(csrf())
                        .params(org.springframework.util.CollectionUtils.toMultiValueMap(asLists(validForm(f.t.gridA1,
                                "我改过的描述"))))
                        .param("version", "" + stale))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("我改过的描述").contains("记录已被他人修改");
    }

    @Test
    void aNonFinitePointIsRefusedBesideTheGridPickerOnAWholePage() throws Exception {
        BadInputCorpus.refusesNonFinitePoint(mvc, f.officerA, "/hazards", validForm(f.t.gridA1, "无穷"), "lat", "lon");
    }

    @Test
    void badInputOnEveryHazardFormGetsAnAnswerButNeverAServerErrorOrAnUnescapedEcho() throws Exception {
        BadInputCorpus.attack(mvc, f.officerA, "/hazards", validForm(f.t.gridA1, "坏输入"));
        long id = created(f.officerA);
        Map<String, String> notice = new LinkedHashMap<>();
        notice.put("deadline", LocalDate.now(ZONE).plusDays(3).toString());
        notice.put("requirement", "清理");
        notice.put("version", "" + version(id));
        BadInputCorpus.attack(mvc, f.officerA, "/hazards/" + id + "/notify", notice);

        long notified = created(f.officerA);
        management.notifyResponsible(notified, version(notified), LocalDate.now(ZONE).plusDays(2), "x",
                management.actor(f.officerA), f.stationAScope);
        BadInputCorpus.attack(mvc, f.officerA, "/hazards/" + notified + "/rectify",
                new LinkedHashMap<>(Map.of("note", "已整改", "version", "" + version(notified))));

        long rectified = rectifiedBy(f.officerA);
        Map<String, String> verify = new LinkedHashMap<>();
        verify.put("outcome", "FAIL");
        verify.put("note", "未到位");
        verify.put("deadline", LocalDate.now(ZONE).plusDays(3).toString());
        verify.put("version", "" + version(rectified));
        // each valid FAIL would reopen it; the corpus changes one field at a time, so most sends are refused
        BadInputCorpus.attack(mvc, f.otherOfficerA, "/hazards/" + rectified + "/verify", verify);
        long edited = created(f.officerA);
        Map<String, String> edit = validForm(f.t.gridA1, "编辑");
        edit.put("version", "" + version(edited));
        edit.put("ownerPersonId", "" + f.officerAPerson);
        BadInputCorpus.attack(mvc, f.officerA, "/hazards/" + edited, edit);
    }

    // helpers

    /** A valid record form; {@code changes} are name-value pairs that replace (or add) fields. */
    private MockMultipartHttpServletRequestBuilder createRequest(SignedInUser user, String description,
            String... changes) {
        MockMultipartHttpServletRequestBuilder request = multipart("/hazards");
        Map<String, String> form = validForm(f.t.gridA1, description);
        for (int i = 0; i < changes.length; i += 2) {
            form.put(changes[i], changes[i + 1]);
        }
        form.forEach(request::param);
        request.with(user(user)).with(csrf());
        return request;
    }

    private Map<String, String> validForm(long grid, String description) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("gridId", "" + grid);
        form.put("category", "FIRE");
        form.put("severity", "HIGH");
        form.put("description", description);
        form.put("foundBy", "PATROL");
        form.put("foundAt", java.time.LocalDateTime.now(ZONE).minusMinutes(30).withSecond(0).withNano(0).toString());
        form.put("responsibleUnit", "星空网咖" + f.t.suffix);
        form.put("responsiblePerson", "赵经理");
        form.put("responsiblePhone", "13812345678");
        form.put("lat", "43.8868");
        form.put("lon", "125.3245");
        return form;
    }

    private static Map<String, List<String>> asLists(Map<String, String> form) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        form.forEach((k, v) -> lists.put(k, List.of(v)));
        return lists;
    }

    private long created(SignedInUser user) {
        return management.create(f.hazard(f.t.gridA1, "隐患 " + f.t.suffix, Instant.now().minusSeconds(300)),
                HazardFixtures.photos("before.png"), management.actor(user), f.stationAScope);
    }

    private long rectifiedBy(SignedInUser user) {
        long id = created(user);
        management.notifyResponsible(id, version(id), LocalDate.now(ZONE).plusDays(3), "清理",
                management.actor(user), f.stationAScope);
        management.rectify(id, version(id), "已整改", HazardFixtures.photos("after.png"), management.actor(user),
                f.stationAScope);
        return id;
    }

    private static MockMultipartFile afterPhoto() {
        return new MockMultipartFile("photos", "after.png", "image/png", HazardFixtures.png(Color.GREEN, 64, 48));
    }

    private long version(long id) {
        return directory.view(id, f.stationAScope).version();
    }

    private HazardState state(long id) {
        return directory.view(id, f.stationAScope).state();
    }

    private static long id(String location) {
        return Long.parseLong(location.substring("/hazards/".length()));
    }
}
