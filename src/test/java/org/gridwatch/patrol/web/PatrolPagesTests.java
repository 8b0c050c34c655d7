package org.gridwatch.patrol.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridwatch.BadInputCorpus;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.patrol.PatrolDirectory;
import org.gridwatch.patrol.PatrolFixture;
import org.gridwatch.patrol.PatrolManagement;
import org.gridwatch.patrol.PatrolView;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.photo.Photos;
import org.gridwatch.place.PartnerManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class PatrolPagesTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PeopleManagement people;
    @Autowired DutyManagement duty;
    @Autowired PartnerManagement partners;
    @Autowired PatrolManagement management;
    @Autowired PatrolDirectory patrols;
    @Autowired Photos photos;

    PatrolFixture f;

    @BeforeEach
    void territory() {
        f = new PatrolFixture(jdbc, accounts, users, people, duty, partners);
    }

    /** A valid routine patrol form of officer A, as a browser would send it. */
    Map<String, String> routineForm(String notes) {
        LocalDateTime end = LocalDateTime.now(ZONE).minusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "ROUTINE");
        form.put("startedAt", end.minusMinutes(45).toString());
        form.put("endedAt", end.toString());
        form.put("gridId", "" + f.t.gridA1);
        form.put("personIds", "" + f.officerA);
        form.put("notes", notes);
        form.put("findings[0].text", "井盖缺失");
        form.put("otherGridIds", "" + f.t.gridA2);
        form.put("campaignId", "");
        form.put("lat", "43.85");
        form.put("lon", "125.33");
        return form;
    }

    static MockHttpServletRequestBuilder posted(String path, SignedInUser who, Map<String, String> form) {
        MockHttpServletRequestBuilder request = post(path).with(user(who)).with(csrf());
        form.forEach(request::param);
        return request;
    }

    @Test
    void anOfficerOfAnotherStationCannotOpenEditSeePhotosOfListOrExportAPatrol() throws Exception {
        String notes = "乙所看不到" + f.t.suffix;
        String location = mvc.perform(multipart("/patrols").file(png("photos")).with(user(f.officerAccountA))
                        .with(csrf()).params(params(routineForm(notes))))
                .andExpect(redirectedUrlPattern("/patrols/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/patrols/".length()));
        long photo = photos.of(PatrolDirectory.photoOwner(id)).get(0).id();

        mvc.perform(get("/patrols/" + id).with(user(f.officerAccountB))).andExpect(status().isNotFound());
        mvc.perform(get("/patrols/" + id + "/edit").with(user(f.officerAccountB))).andExpect(status().isNotFound());
        mvc.perform(posted("/patrols/" + id, f.officerAccountB, routineForm("改"))).andExpect(status().isNotFound());
        mvc.perform(get("/patrols/" + id + "/photos/" + photo).with(user(f.officerAccountB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/patrols/" + id + "/photos/" + photo).param("size", "thumb").with(user(f.officerAccountB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/patrols").param("area", "" + f.t.stationA).with(user(f.officerAccountB)))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/patrols").with(user(f.officerAccountB))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain("/patrols/" + id + "\"");
        assertThat(exportedIds(f.officerAccountB, Map.of())).doesNotContain((double) id);

        // the officer of station A sees it all, the photo served as the image it is
        assertThat(mvc.perform(get("/patrols").with(user(f.officerAccountA))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("/patrols/" + id + "\"");
        assertThat(exportedIds(f.officerAccountA, Map.of("area", "" + f.t.gridA2))).contains((double) id);
        mvc.perform(get("/patrols/" + id + "/photos/" + photo).with(user(f.officerAccountA)))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"));
        mvc.perform(get("/patrols/" + id + "/photos/" + photo).param("size", "thumb").with(user(f.officerAccountA)))
                .andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"));
        String detail = mvc.perform(get("/patrols/" + id).with(user(f.officerAccountA))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains(notes).contains("/patrols/" + id + "/photos/" + photo + "?size=thumb");
    }

    @Test
    void theExportHasChineseHeadersAndExactlyTheFilteredRowsOfTheScope() throws Exception {
        PatrolView joint = management.log(f.jointA("联合" + f.t.suffix), List.of(), PatrolFixture.recorder(),
                AreaScope.everything());
        PatrolView routine = management.log(f.routineA("日常" + f.t.suffix), List.of(), PatrolFixture.recorder(),
                AreaScope.everything());
        byte[] workbook = mvc.perform(get("/patrols/export").param("area", "" + f.t.communityA).param("kind", "JOINT")
                        .param("lang", "en").with(user(f.supervisorA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("巡逻记录");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("巡逻类型");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(joint.id());
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("联合巡查");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(120);
            assertThat(row.getCell(6).getStringCellValue()).contains("甲民警" + f.t.suffix).contains("甲辅警");
            assertThat(row.getCell(7).getStringCellValue()).contains("安保巡防队").contains("周队员");
            assertThat(row.getCell(9).getStringCellValue()).contains("1. 消防通道被堵").contains("2. 路灯损坏");
        }
        assertThat(exportedIds(f.supervisorA, Map.of("area", "" + f.t.communityA)))
                .containsExactly((double) joint.id(), (double) routine.id());
    }

    @Test
    void mediatorsSeeNoPatrols() throws Exception {
        SignedInUser mediator = TestTerritory.user(accounts, users, f.t.stationA, Role.MEDIATOR);
        mvc.perform(get("/patrols").with(user(mediator))).andExpect(status().isForbidden());
        mvc.perform(get("/patrols/new").with(user(mediator))).andExpect(status().isForbidden());
        mvc.perform(get("/patrols/export").with(user(mediator))).andExpect(status().isForbidden());
        mvc.perform(posted("/patrols", mediator, routineForm("x"))).andExpect(status().isForbidden());
    }

    @Test
    void aNewFormStartsAnHourAgoEndsNowInTheOfficersGridWithTheOfficerTicked() throws Exception {
        PatrolForm form = (PatrolForm) mvc.perform(get("/patrols/new").with(user(f.officerAccountA)))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("patrol");
        assertThat(form.getGridId()).isEqualTo(f.t.gridA2);
        assertThat(form.getPersonIds()).containsExactly(f.officerA);
        assertThat(form.getKind().name()).isEqualTo("ROUTINE");
        assertThat(form.getEndedAt()).isCloseTo(LocalDateTime.now(ZONE), org.assertj.core.api.Assertions.within(
                2, ChronoUnit.MINUTES));
        assertThat(form.getStartedAt()).isEqualTo(form.getEndedAt().minusHours(1));
        assertThat(form.getSubmissionKey()).isNotBlank();
        assertThat(form.getFindings()).hasSize(3);
    }

    @Test
    void theSameFormSentTwiceLogsOnePatrol() throws Exception {
        String notes = "双击" + f.t.suffix;
        Map<String, String> form = routineForm(notes);
        form.put("submissionKey", UUID.randomUUID().toString());
        String first = mvc.perform(posted("/patrols", f.officerAccountA, form))
                .andExpect(redirectedUrlPattern("/patrols/*")).andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(posted("/patrols", f.officerAccountA, form))
                .andExpect(redirectedUrlPattern("/patrols/*")).andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from patrol where notes = ?").param(notes).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aJointPatrolFromTheFormKeepsItsTeamAndMembersAndOffersItsFindingsAsCases() throws Exception {
        Map<String, String> form = routineForm("联合巡查" + f.t.suffix);
        form.put("kind", "JOINT");
        String page = mvc.perform(posted("/patrols", f.officerAccountA, form)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("patrol", "partnerTeamIds"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("联合巡查须至少选择一支共建单位巡防队").contains("安保巡防队");

        MockHttpServletRequestBuilder request = posted("/patrols", f.officerAccountA, form)
                .param("partnerMembers", f.teamA.id() + ":周队员", f.teamA.id() + ":吴队员");
        String location = mvc.perform(request).andExpect(redirectedUrlPattern("/patrols/*")).andReturn()
                .getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/patrols/".length()));
        PatrolView patrol = patrols.get(id, AreaScope.everything());
        assertThat(patrol.partnerTeams()).singleElement().satisfies(t -> {
            assertThat(t.teamId()).isEqualTo(f.teamA.id());
            assertThat(t.members()).containsExactly("周队员", "吴队员");
        });
        assertThat(patrol.gridIds()).containsExactly(f.t.gridA1, f.t.gridA2);
        assertThat(patrol.campaignId()).isNull();
        assertThat(patrol.latitude()).isEqualTo(43.85);
        String detail = mvc.perform(get(location).with(user(f.officerAccountA))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("/hazards/new?origin=PATROL-" + id + "-1&amp;gridId=" + f.t.gridA1)
                .contains("/disputes/new?origin=PATROL-" + id + "-1").contains("/tips/new?origin=PATROL-" + id + "-1")
                .contains("周队员、吴队员");

        // a routine patrol drops partner choices the page had hidden
        Map<String, String> routine = routineForm("日常" + f.t.suffix);
        mvc.perform(posted("/patrols", f.officerAccountA, routine).param("partnerTeamIds", "" + f.teamA.id()))
                .andExpect(redirectedUrlPattern("/patrols/*"));
    }

    @Test
    void aNonFinitePointIsRefusedBesideTheGridPickerOnAWholePage() throws Exception {
        BadInputCorpus.refusesNonFinitePoint(mvc, f.officerAccountA, "/patrols", routineForm("无穷"), "lat", "lon");
    }

    @Test
    void badInputIsShownBesideTheFieldNeverAsAServerError() throws Exception {
        BadInputCorpus.attack(mvc, f.officerAccountA, "/patrols", routineForm("坏输入"));
        PatrolView patrol = management.log(f.jointA("坏输入修改"), List.of(), PatrolFixture.recorder(),
                AreaScope.everything());
        // the edit form shares every field with the new one; only its own fields are attacked again
        Map<String, String> edit = new LinkedHashMap<>();
        edit.put("partnerTeamIds", "" + f.teamA.id());
        edit.put("partnerMembers", f.teamA.id() + ":周队员");
        edit.put("findings[0].number", "1");
        edit.put("version", "" + patrol.version());
        Map<String, String> rest = routineForm("坏输入修改");
        rest.put("kind", "JOINT");
        rest.keySet().removeAll(edit.keySet());
        attackSome(f.officerAccountA, "/patrols/" + patrol.id(), edit, rest);

        mvc.perform(posted("/patrols", f.officerAccountA, Map.of("kind", "WALK", "startedAt", "yesterday",
                        "endedAt", "2026-02-30T10:00", "gridId", "" + f.t.gridB1, "personIds", "abc")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("patrol", "kind", "startedAt", "endedAt", "personIds"));
        Map<String, String> nul = routineForm("空\u0000字符" + f.t.suffix);
        String saved = mvc.perform(posted("/patrols", f.officerAccountA, nul)).andExpect(redirectedUrlPattern("/patrols/*"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(patrols.get(Long.parseLong(saved.substring("/patrols/".length())), AreaScope.everything()).notes())
                .isEqualTo("空字符" + f.t.suffix);
        Map<String, String> backwards = routineForm("倒序");
        backwards.put("endedAt", backwards.get("startedAt"));
        mvc.perform(posted("/patrols", f.officerAccountA, backwards)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("patrol", "endedAt"));
        Map<String, String> future = routineForm("未来");
        future.put("endedAt", LocalDateTime.now(ZONE).plusHours(3).truncatedTo(ChronoUnit.MINUTES).toString());
        mvc.perform(posted("/patrols", f.officerAccountA, future)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("patrol", "endedAt"));
        Map<String, String> elsewhere = routineForm("别处");
        elsewhere.put("gridId", "" + f.t.gridB1);
        mvc.perform(posted("/patrols", f.officerAccountA, elsewhere)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("patrol", "gridId"));
        Map<String, String> stranger = routineForm("别人");
        stranger.put("personIds", "" + f.officerB);
        mvc.perform(posted("/patrols", f.officerAccountA, stranger)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("patrol", "personIds"));
        mvc.perform(multipart("/patrols").file(new MockMultipartFile("photos", "fake.jpg", "image/jpeg",
                        "not a picture".getBytes())).with(user(f.officerAccountA)).with(csrf())
                        .params(params(routineForm("假照片"))))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("patrol", "photos"));
        mvc.perform(get("/patrols").param("kind", "NOPE").param("area", "x").param("from", "2026-02-30")
                .param("page", "-1").param("sort", "evil").param("person", "1 OR 1=1").with(user(f.officerAccountA)))
                .andExpect(status().isOk());
        mvc.perform(get("/patrols/export").param("kind", "NOPE").param("to", "tomorrow")
                .with(user(f.officerAccountA))).andExpect(status().isOk());
    }

    @Test
    void aStaleEditShowsTheFormAgainWithTheInputKeptAndStatus409() throws Exception {
        PatrolView patrol = management.log(f.routineA("原来"), List.of(), PatrolFixture.recorder(),
                AreaScope.everything());
        management.change(patrol.id(), patrol.version(), f.routineA("别人改的"), List.of(), null,
                AreaScope.everything());
        Map<String, String> mine = routineForm("我的改动" + f.t.suffix);
        mine.put("version", "" + patrol.version());
        String page = mvc.perform(posted("/patrols/" + patrol.id(), f.officerAccountA, mine))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("我的改动" + f.t.suffix).contains("记录已被他人修改");
        assertThat(patrols.get(patrol.id(), AreaScope.everything()).notes()).isEqualTo("别人改的");
    }

    @Test
    void anEditKeepsFindingNumbersAndAddsPhotosUpToFive() throws Exception {
        PatrolView patrol = management.log(f.jointA("编辑"), List.of(), PatrolFixture.recorder(),
                AreaScope.everything());
        PatrolForm form = (PatrolForm) mvc.perform(get("/patrols/" + patrol.id() + "/edit")
                        .with(user(f.officerAccountA))).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("patrol");
        assertThat(form.getFindings()).extracting(FindingRow::getNumber).containsExactly(1, 2, null, null);
        assertThat(form.getPartnerMembers()).containsExactly(f.teamA.id() + ":周队员");
        Map<String, String> edit = routineForm("编辑后");
        edit.put("kind", "JOINT");
        edit.put("partnerTeamIds", "" + f.teamA.id());
        edit.put("findings[0].number", "2");
        edit.put("findings[0].text", "路灯损坏（已报修）");
        edit.put("findings[1].text", "新问题");
        edit.put("version", "" + patrol.version());
        mvc.perform(multipart("/patrols/" + patrol.id()).file(png("photos")).file(png("photos"))
                        .with(user(f.officerAccountA)).with(csrf()).params(params(edit)))
                .andExpect(redirectedUrl("/patrols/" + patrol.id()));
        PatrolView changed = patrols.get(patrol.id(), AreaScope.everything());
        assertThat(changed.findings()).extracting(PatrolView.FindingView::number).containsExactly(2, 3);
        assertThat(photos.count(PatrolDirectory.photoOwner(patrol.id()))).isEqualTo(2);

        edit.put("version", "" + changed.version());
        mvc.perform(multipart("/patrols/" + patrol.id()).file(png("photos")).file(png("photos")).file(png("photos"))
                        .file(png("photos")).with(user(f.officerAccountA)).with(csrf()).params(params(edit)))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("patrol", "photos"));
    }

    /** The corpus on {@code attacked} fields only, the {@code fixed} ones sent valid with every request. */
    private void attackSome(SignedInUser who, String path, Map<String, String> attacked, Map<String, String> fixed)
            throws Exception {
        for (String field : attacked.keySet()) {
            for (String value : BadInputCorpus.VALUES) {
                Map<String, String> form = new LinkedHashMap<>(fixed);
                form.putAll(attacked);
                form.put(field, value);
                var response = mvc.perform(posted(path, who, form)).andReturn().getResponse();
                assertThat(response.getStatus()).as(field + "=" + value).isLessThan(500);
                assertThat(response.getContentAsString()).doesNotContain(BadInputCorpus.SCRIPT)
                        .doesNotContain("<img src=x");
            }
        }
    }

    private List<Double> exportedIds(SignedInUser who, Map<String, String> filters) throws Exception {
        MockHttpServletRequestBuilder request = get("/patrols/export").with(user(who));
        filters.forEach(request::param);
        byte[] bytes = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        List<Double> ids = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                ids.add(sheet.getRow(r).getCell(0).getNumericCellValue());
            }
        }
        return ids;
    }

    private static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> form) {
        org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
        form.forEach(params::add);
        return params;
    }

    static MockMultipartFile png(String name) throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return new MockMultipartFile(name, "patrol.png", "image/png", out.toByteArray());
    }
}
