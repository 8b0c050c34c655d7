package org.gridwatch.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
import org.gridwatch.TestClock;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.place.PlaceManagement;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The visit pages: logging with photos, scope, roles, idempotency, stale edits, bad input, list and export. */
@IntegrationTest
class VisitPagesTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PeopleManagement people;
    @Autowired PlaceManagement places;
    @Autowired DutyManagement duty;
    @Autowired VisitManagement visits;
    @Autowired TestClock clock;

    VisitFixtures.World w;

    @BeforeEach
    void world() {
        clock.reset();
        w = new VisitFixtures(jdbc, accounts, users, people, places, duty).world(LocalDate.now(clock));
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, Color.RED.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    String now() {
        return LocalDateTime.now(clock.withZone(RecordFilter.ZONE)).minusMinutes(5)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }

    Map<String, String> validForm(String learned) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "HOUSEHOLD");
        form.put("gridId", "" + w.t.gridA1);
        form.put("placeId", "" + w.householdA1.id());
        form.put("occurredAt", now());
        form.put("personIds", "" + w.officerAPerson);
        form.put("category", "CONCERN");
        form.put("learned", learned);
        form.put("followUpNeeded", "false");
        form.put("followUpBy", "");
        form.put("notes", "");
        form.put("lat", "");
        form.put("lon", "");
        form.put("campaignId", "");
        form.put("satisfaction", "SATISFIED");
        form.put("satisfactionComment", "民警态度很好");
        form.put("submissionKey", UUID.randomUUID().toString());
        return form;
    }

    MockMultipartHttpServletRequestBuilder multipartForm(String path, Map<String, String> form, SignedInUser who) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        form.forEach(request::param);
        request.with(user(who)).with(csrf());
        return request;
    }

    VisitView visitA(String learned) {
        return visits.create(w.householdVisit(clock.instant().minus(Duration.ofHours(1))), List.of(),
                AreaScope.everything(), w.recorderA());
    }

    String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anOfficerLogsAHouseholdVisitWithAPhotoAndFindsItWithItsThumbnail() throws Exception {
        String learned = "老人反映楼道灯坏了" + w.t.suffix;
        String target = mvc.perform(multipartForm("/visits", validForm(learned), w.officerA)
                        .file(new MockMultipartFile("photos", "door.png", "image/png", png())))
                .andExpect(redirectedUrlPattern("/visits/*"))
                .andExpect(flash().attribute("flash", "visit.created"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(target.substring("/visits/".length()));
        String detail = body(get(target).with(user(w.officerA)));
        assertThat(detail).contains(learned).contains(w.householdA1.name()).contains("入户")
                .contains("/visits/" + id + "/photos/").contains("size=thumb");
        long photoId = jdbc.sql("select id from photo where owner_type = 'visit' and owner_id = ?").param(id)
                .query(Long.class).single();
        MockHttpServletResponse thumb = mvc.perform(get("/visits/" + id + "/photos/" + photoId).param("size", "thumb")
                .with(user(w.officerA))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(thumb.getContentType()).isEqualTo("image/jpeg");
        assertThat(mvc.perform(get("/visits/" + id + "/photos/" + photoId).with(user(w.officerA)))
                .andReturn().getResponse().getContentType()).isEqualTo("image/png");
        assertThat(body(get("/visits").with(user(w.officerA)))).contains(w.householdA1.name());
    }

    @Test
    void aTextFileNamedJpgIsRefusedBesideThePhotoFieldAndNothingIsSaved() throws Exception {
        String learned = "假照片" + w.t.suffix;
        String page = mvc.perform(multipartForm("/visits", validForm(learned), w.officerA)
                        .file(new MockMultipartFile("photos", "photo.jpg", "image/jpeg",
                                "just some text, not a picture".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("visit", "photos", "photo.notAnImage"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("文件“photo.jpg”不是 JPEG、PNG 或 WebP 图片。").contains(learned);
        assertThat(jdbc.sql("select count(*) from visit where learned = ?").param(learned).query(Long.class).single())
                .isZero();
    }

    @Test
    void anOfficerOfAnotherStationFindsNothingOfStationAsVisits() throws Exception {
        String learned = "甲站走访" + w.t.suffix;
        VisitView visit = visits.create(new VisitData(VisitKind.HOUSEHOLD, w.t.gridA1, w.householdA1.id(),
                clock.instant().minus(Duration.ofHours(1)), List.of(w.officerAPerson), VisitCategory.RISK, learned,
                true, LocalDate.now(clock).plusDays(3), null, null, null, null), List.of(
                        new MockMultipartFile("photos", "a.png", "image/png", png())),
                AreaScope.everything(), w.recorderA());
        long photoId = jdbc.sql("select id from photo where owner_type = 'visit' and owner_id = ?")
                .param(visit.id()).query(Long.class).single();
        SignedInUser b = w.officerB;
        mvc.perform(get("/visits/" + visit.id()).with(user(b))).andExpect(status().isNotFound());
        mvc.perform(get("/visits/" + visit.id() + "/edit").with(user(b))).andExpect(status().isNotFound());
        Map<String, String> form = validForm("改" + learned);
        form.put("version", "" + visit.version());
        mvc.perform(multipartForm("/visits/" + visit.id(), form, b)).andExpect(status().isNotFound());
        mvc.perform(get("/visits/" + visit.id() + "/photos/" + photoId).with(user(b)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/visits/" + visit.id() + "/photos/" + photoId).param("size", "thumb").with(user(b)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/visits/" + visit.id() + "/follow-up-done").param("version", "0").with(user(b))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/visits/places").param("gridId", "" + w.t.gridA1).with(user(b)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/visits/place-panel").param("placeId", "" + w.householdA1.id()).with(user(b)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/visits").param("area", "" + w.t.stationA).with(user(b))).andExpect(status().isNotFound());
        mvc.perform(get("/visits/export").param("area", "" + w.t.stationA).with(user(b)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/visits/due").param("area", "" + w.t.stationA)
                .with(user(TestTerritory.user(accounts, users, w.t.stationB, Role.SUPERVISOR))))
                .andExpect(status().isNotFound());
        assertThat(body(get("/visits").with(user(b)))).doesNotContain(learned);
        assertThat(exportRows(get("/visits/export").with(user(b)))).noneMatch(row -> row.contains(learned));
        assertThat(exportRows(get("/visits/export").with(user(w.officerA)))).anyMatch(row -> row.contains(learned));
        // a photo of another record is not served under this visit's address either
        VisitView other = visitA("另一条");
        mvc.perform(get("/visits/" + other.id() + "/photos/" + photoId).with(user(w.officerA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void mediatorsSeeNoVisitsAndSupervisorsReadButDoNotEditOthersVisits() throws Exception {
        VisitView visit = visitA("权限");
        SignedInUser mediator = TestTerritory.user(accounts, users, w.t.stationA, Role.MEDIATOR);
        mvc.perform(get("/visits").with(user(mediator))).andExpect(status().isForbidden());
        mvc.perform(get("/visits/new").with(user(mediator))).andExpect(status().isForbidden());
        mvc.perform(get("/visits/" + visit.id()).with(user(mediator))).andExpect(status().isForbidden());
        mvc.perform(get("/visits/due").with(user(mediator))).andExpect(status().isForbidden());
        SignedInUser supervisor = TestTerritory.user(accounts, users, w.t.stationA, Role.SUPERVISOR);
        assertThat(body(get("/visits/" + visit.id()).with(user(supervisor)))).doesNotContain("id=\"editVisit\"");
        mvc.perform(get("/visits/" + visit.id() + "/edit").with(user(supervisor))).andExpect(status().isForbidden());
        mvc.perform(get("/visits/new").with(user(supervisor))).andExpect(status().isOk());
        SignedInUser auxiliary = TestTerritory.user(accounts, users, w.t.stationA, Role.AUXILIARY);
        mvc.perform(get("/visits/" + visit.id() + "/edit").with(user(auxiliary))).andExpect(status().isOk());
    }

    @Test
    void aVisitFormSentTwiceCreatesOneVisit() throws Exception {
        String learned = "双击" + w.t.suffix;
        Map<String, String> form = validForm(learned);
        String first = null;
        for (int send = 0; send < 2; send++) {
            String target = mvc.perform(multipartForm("/visits", form, w.officerA)
                            .file(new MockMultipartFile("photos", "a.png", "image/png", png())))
                    .andExpect(redirectedUrlPattern("/visits/*")).andReturn().getResponse().getRedirectedUrl();
            first = first == null ? target : first;
            assertThat(target).isEqualTo(first);
        }
        assertThat(jdbc.sql("select count(*) from visit where learned = ?").param(learned).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from photo p join visit v on v.id = p.owner_id "
                + "where p.owner_type = 'visit' and v.learned = ?").param(learned).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aStaleEditShowsTheFormAgainWithTheInputKeptAndStatus409() throws Exception {
        VisitView visit = visitA("原文");
        visits.change(visit.id(), visit.version(), w.householdVisit(visit.occurredAt()), List.of(), List.of(),
                AreaScope.everything(), w.recorderA());
        Map<String, String> form = validForm("我的改动" + w.t.suffix);
        form.put("version", "" + visit.version());
        String page = mvc.perform(multipartForm("/visits/" + visit.id(), form, w.officerA))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("我的改动" + w.t.suffix).contains("记录已被他人修改");

        form.put("version", "" + (visit.version() + 1));
        mvc.perform(multipartForm("/visits/" + visit.id(), form, w.officerA))
                .andExpect(redirectedUrl("/visits/" + visit.id()));
        assertThat(body(get("/visits/" + visit.id()).with(user(w.officerA)))).contains("我的改动" + w.t.suffix);
    }

    @Test
    void fieldRulesAreShownBesideTheirFields() throws Exception {
        Map<String, String> form = validForm("规则");
        form.put("followUpNeeded", "true");
        form.put("placeId", "" + w.householdA2.id());
        form.put("occurredAt", LocalDateTime.now(clock.withZone(RecordFilter.ZONE)).plusDays(2)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        form.put("personIds", "" + w.officerBPerson);
        form.put("kind", "CASTLE");
        form.put("lat", "95");
        form.put("lon", "125");
        mvc.perform(multipartForm("/visits", form, w.officerA)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("visit", "followUpBy", "visit.followUpBy.required"))
                .andExpect(model().attributeHasFieldErrorCode("visit", "occurredAt", "visit.occurredAt.future"))
                .andExpect(model().attributeHasFieldErrorCode("visit", "personIds", "visit.people.invalid"))
                .andExpect(model().attributeHasFieldErrors("visit", "kind", "lat"));
        Map<String, String> wrongPlace = validForm("规则");
        wrongPlace.put("placeId", "" + w.householdA2.id());
        String page = mvc.perform(multipartForm("/visits", wrongPlace, w.officerA)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("visit", "placeId", "visit.place.otherGrid"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("该场所不在所选网格中。");
        Map<String, String> otherGrid = validForm("规则");
        otherGrid.put("gridId", "" + w.t.gridB1);
        mvc.perform(multipartForm("/visits", otherGrid, w.officerA)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("visit", "gridId", "visit.grid.invalid"));
    }

    @Test
    void theResidentsSatisfactionIsShownOnTheDetailAndItsRulesBesideTheField() throws Exception {
        String learned = "满意度" + w.t.suffix;
        String target = mvc.perform(multipartForm("/visits", validForm(learned), w.officerA))
                .andExpect(redirectedUrlPattern("/visits/*")).andReturn().getResponse().getRedirectedUrl();
        assertThat(body(get(target).with(user(w.officerA)))).contains("群众满意度").contains("民警态度很好");
        assertThat(jdbc.sql("select satisfaction from visit where learned = ?").param(learned).query(String.class)
                .single()).isEqualTo("SATISFIED");

        Map<String, String> unknown = validForm("满意度规则");
        unknown.put("satisfaction", "DELIGHTED");
        String page = mvc.perform(multipartForm("/visits", unknown, w.officerA)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("visit", "satisfaction"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请选择列表中的满意度。");
        Map<String, String> remarkOnly = validForm("满意度规则");
        remarkOnly.put("satisfaction", "");
        mvc.perform(multipartForm("/visits", remarkOnly, w.officerA)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("visit", "satisfactionComment",
                        "fieldwork.satisfaction.commentWithoutAnswer"));
        Map<String, String> tooLong = validForm("满意度规则");
        tooLong.put("satisfactionComment", "好".repeat(201));
        mvc.perform(multipartForm("/visits", tooLong, w.officerA)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("visit", "satisfactionComment", "Size"));
        Map<String, String> notAsked = validForm("未询问" + w.t.suffix);
        notAsked.put("satisfaction", "");
        notAsked.put("satisfactionComment", "");
        String plain = mvc.perform(multipartForm("/visits", notAsked, w.officerA))
                .andExpect(redirectedUrlPattern("/visits/*")).andReturn().getResponse().getRedirectedUrl();
        assertThat(body(get(plain).with(user(w.officerA)))).contains("未询问");
    }

    @Test
    void aNonFinitePointIsRefusedBesideTheGridPickerOnAWholePage() throws Exception {
        BadInputCorpus.refusesNonFinitePoint(mvc, w.officerA, "/visits", validForm("无穷"), "lat", "lon");
    }

    @Test
    void badInputOnEitherFormNeverCausesAServerErrorNorAnUnescapedEcho() throws Exception {
        BadInputCorpus.attack(mvc, w.officerA, "/visits", validForm("语料"));
        VisitView visit = visitA("语料编辑");
        Map<String, String> edit = validForm("语料编辑");
        edit.put("version", "" + visit.version());
        edit.put("removePhotoIds", "");
        BadInputCorpus.attack(mvc, w.officerA, "/visits/" + visit.id(), edit);
        for (String value : BadInputCorpus.VALUES) {
            assertThat(mvc.perform(get("/visits").with(user(w.officerA)).param("area", value).param("from", value)
                            .param("to", value).param("person", value).param("campaign", value).param("kind", value)
                            .param("category", value).param("followUp", value).param("sort", value)
                            .param("page", value)).andReturn().getResponse().getStatus())
                    .as("list with " + value).isLessThan(500);
            assertThat(mvc.perform(get("/visits/places").with(user(w.officerA)).param("gridId", value)
                    .param("kind", value)).andReturn().getResponse().getStatus()).isLessThan(500);
            assertThat(mvc.perform(get("/visits/new").with(user(w.officerA)).param("placeId", value)
                    .param("gridId", value).param("kind", value).param("campaignId", value))
                    .andReturn().getResponse().getStatus()).isEqualTo(200);
        }
    }

    @Test
    void theListFiltersAndTheExportHoldsExactlyTheFilteredRowsUnderChineseHeaders() throws Exception {
        String tag = w.t.suffix;
        visits.create(new VisitData(VisitKind.ENTERPRISE, w.t.gridA1, w.enterpriseA1.id(),
                clock.instant().minus(Duration.ofDays(2)), List.of(w.officerAPerson, w.auxiliaryAPerson),
                VisitCategory.RISK, "消防通道堵塞" + tag, true, LocalDate.now(clock).plusDays(5), null, null, null, 9L),
                List.of(), AreaScope.everything(), w.recorderA());
        visits.create(new VisitData(VisitKind.HOUSEHOLD, w.t.gridA1, w.householdA1.id(),
                clock.instant().minus(Duration.ofDays(1)), List.of(w.officerAPerson), VisitCategory.PRAISE,
                "感谢民警" + tag, false, null, null, null, null, null), List.of(), AreaScope.everything(), w.recorderA());
        visits.create(new VisitData(VisitKind.HOUSEHOLD, w.t.gridA2, w.householdA2.id(),
                clock.instant().minus(Duration.ofDays(40)), List.of(w.auxiliaryAPerson), VisitCategory.CONCERN,
                "旧的走访" + tag, false, null, null, null, null, null), List.of(), AreaScope.everything(), w.recorderA());

        String enterprises = body(get("/visits").param("kind", "ENTERPRISE").with(user(w.officerA)));
        assertThat(enterprises).contains(w.enterpriseA1.name()).doesNotContain(w.householdA1.name());
        assertThat(body(get("/visits").param("followUp", "open").with(user(w.officerA))))
                .contains(w.enterpriseA1.name()).doesNotContain(w.householdA1.name());
        assertThat(body(get("/visits").param("category", "PRAISE").with(user(w.officerA))))
                .contains(w.householdA1.name()).doesNotContain(w.enterpriseA1.name());
        assertThat(body(get("/visits").param("person", "" + w.auxiliaryAPerson).with(user(w.officerA))))
                .contains(w.enterpriseA1.name()).contains(w.householdA2.name()).doesNotContain(w.householdA1.name());
        assertThat(body(get("/visits").param("campaign", "9").with(user(w.officerA))))
                .contains(w.enterpriseA1.name()).doesNotContain(w.householdA2.name());
        assertThat(body(get("/visits").param("area", "" + w.t.gridA2).with(user(w.officerA))))
                .contains(w.householdA2.name()).doesNotContain(w.enterpriseA1.name());
        String lastWeek = LocalDate.now(clock.withZone(RecordFilter.ZONE)).minusDays(7).toString();
        assertThat(body(get("/visits").param("from", lastWeek).with(user(w.officerA))))
                .contains(w.enterpriseA1.name()).doesNotContain(w.householdA2.name());

        List<String> rows = exportRows(get("/visits/export").param("from", lastWeek).param("sort", "oldest")
                .with(user(w.officerA)));
        assertThat(rows.get(0)).startsWith("编号|走访时间|走访类型|网格|场所|参与人员|社情民意类别|了解到的社情民意|需要回访|回访期限");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).contains("企业").contains("风险隐患").contains("消防通道堵塞" + tag).contains("|是|")
                .contains("甲民警" + tag).contains("甲辅警" + tag).contains("甲一网格");
        assertThat(rows.get(2)).contains("感谢民警" + tag);
        assertThat(exportRows(get("/visits/export").param("kind", "HOUSEHOLD").with(user(w.officerA)))).hasSize(3);
    }

    @Test
    void theExportLinkOfAFilteredListDownloadsTheListsRowsInItsOrderIgnoringUnreadableFilters() throws Exception {
        for (int daysAgo = 1; daysAgo <= 3; daysAgo++) {
            visits.create(w.householdVisit(clock.instant().minus(Duration.ofDays(daysAgo))), List.of(),
                    AreaScope.everything(), w.recorderA());
        }
        visits.create(new VisitData(VisitKind.ENTERPRISE, w.t.gridA1, w.enterpriseA1.id(),
                clock.instant().minus(Duration.ofDays(2)), List.of(w.officerAPerson), VisitCategory.RISK, "企业走访",
                false, null, null, null, null, null), List.of(), AreaScope.everything(), w.recorderA());

        Document list = Jsoup.parse(body(get("/visits").param("area", "" + w.t.stationA).param("kind", "HOUSEHOLD")
                .param("person", "abc").param("sort", "oldest").param("page", "-3").with(user(w.officerA))));
        String export = list.selectFirst("#export").attr("href");
        assertThat(export).startsWith("/visits/export?").contains("area=" + w.t.stationA).contains("kind=HOUSEHOLD")
                .contains("sort=oldest").doesNotContain("person").doesNotContain("page");
        List<String> listed = list.select("tbody tr a[href^=/visits/]").eachAttr("href").stream()
                .map(href -> href.substring("/visits/".length())).toList();
        List<String> exported = exportRows(get(export).with(user(w.officerA))).stream().skip(1)
                .map(row -> row.substring(0, row.indexOf('|'))).toList();
        assertThat(listed).hasSize(3).isEqualTo(exported);
    }

    @Test
    void theNewFormStartsFromThePlaceLinkOrTheOfficersGridAndThePickerFollowsTheKind() throws Exception {
        String fromPlace = body(get("/visits/new").param("placeId", "" + w.marketA1.id()).with(user(w.officerA)));
        assertThat(fromPlace).containsPattern("value=\"VENUE\"[^>]*checked")
                .containsPattern("<option value=\"" + w.marketA1.id() + "\" selected")
                .containsPattern("<option value=\"" + w.t.gridA1 + "\" selected");
        String plain = body(get("/visits/new").with(user(w.officerA)));
        assertThat(plain).containsPattern("value=\"HOUSEHOLD\"[^>]*checked")
                .containsPattern("<option value=\"" + w.t.gridA1 + "\" selected")
                .containsPattern("value=\"" + w.officerAPerson + "\"[^>]*checked")
                .as("the only household of the grid is chosen already")
                .containsPattern("<option value=\"" + w.householdA1.id() + "\" selected")
                .doesNotContain(w.enterpriseA1.name());
        String venues = body(get("/visits/places").param("gridId", "" + w.t.gridA1).param("kind", "VENUE")
                .with(user(w.officerA)));
        assertThat(venues).contains(w.marketA1.name()).doesNotContain(w.householdA1.name());
        assertThat(body(get("/visits/places").param("gridId", "" + w.t.gridA1).param("kind", "OTHER")
                .with(user(w.officerA)))).contains(w.marketA1.name()).contains(w.householdA1.name());
    }

    @Test
    void dueToVisitShowsTheOfficersOwnGridsAndASupervisorsWholeScope() throws Exception {
        String own = body(get("/visits/due").with(user(w.officerA)));
        assertThat(own).contains(w.householdA1.name()).contains("从未走访").doesNotContain(w.householdA2.name());
        assertThat(body(get("/visits/due/panel").with(user(w.officerA)))).contains(w.householdA1.name())
                .contains("/visits/new?placeId=" + w.householdA1.id());
        SignedInUser supervisor = TestTerritory.user(accounts, users, w.t.stationA, Role.SUPERVISOR);
        assertThat(body(get("/visits/due").with(user(supervisor)))).contains(w.householdA1.name())
                .contains(w.householdA2.name()).doesNotContain(w.householdB1.name());
        assertThat(body(get("/visits/due").param("area", "" + w.t.gridA2).with(user(supervisor))))
                .contains(w.householdA2.name()).doesNotContain(w.householdA1.name());
        SignedInUser auxiliaryWithoutDuty = TestTerritory.user(accounts, users, w.t.stationA, Role.AUXILIARY);
        assertThat(body(get("/visits/due").with(user(auxiliaryWithoutDuty)))).contains("您目前没有值守的网格");

        visitA("刚走访");
        assertThat(body(get("/visits/due").with(user(w.officerA)))).doesNotContain(w.householdA1.name());
        assertThat(body(get("/visits/place-panel").param("placeId", "" + w.householdA1.id()).with(user(w.officerA))))
                .contains("楼道灯坏了" + w.t.suffix);
    }

    @Test
    void theDetailOpensADisputeOrHazardFromTheVisitAndClosesItsFollowUpOnce() throws Exception {
        VisitView visit = visits.create(new VisitData(VisitKind.HOUSEHOLD, w.t.gridA1, w.householdA1.id(),
                clock.instant().minus(Duration.ofHours(3)), List.of(w.officerAPerson), VisitCategory.RISK,
                "邻里 & 纠纷 = 吵架", true, LocalDate.now(clock).plusDays(2), null, null, null, null), List.of(),
                AreaScope.everything(), w.recorderA());
        String detail = body(get("/visits/" + visit.id()).with(user(w.officerA)));
        String query = "origin=VISIT-" + visit.id() + "&amp;gridId=" + w.t.gridA1 + "&amp;placeId="
                + w.householdA1.id() + "&amp;text=%E9%82%BB%E9%87%8C%20%26%20%E7%BA%A0%E7%BA%B7%20%3D%20";
        assertThat(detail).contains("/disputes/new?" + query).contains("/hazards/new?" + query)
                .contains("待回访");
        mvc.perform(post("/visits/" + visit.id() + "/follow-up-done").param("version", "" + visit.version())
                .with(user(w.officerA)).with(csrf())).andExpect(redirectedUrl("/visits/" + visit.id()));
        assertThat(body(get("/visits/" + visit.id()).with(user(w.officerA)))).contains("已回访");
        mvc.perform(post("/visits/" + visit.id() + "/follow-up-done").param("version", "" + (visit.version() + 1))
                .with(user(w.officerA)).with(csrf())).andExpect(status().isConflict());
    }

    @Test
    void anEditRemovesTickedPhotosAddsNewOnesAndKeepsToFive() throws Exception {
        VisitView visit = visits.create(w.householdVisit(clock.instant().minus(Duration.ofHours(1))), List.of(
                new MockMultipartFile("photos", "a.png", "image/png", png()),
                new MockMultipartFile("photos", "b.png", "image/png", png())), AreaScope.everything(), w.recorderA());
        List<Long> photoIds = jdbc.sql("select id from photo where owner_type = 'visit' and owner_id = ? order by id")
                .param(visit.id()).query(Long.class).list();
        assertThat(body(get("/visits/" + visit.id() + "/edit").with(user(w.officerA))))
                .contains("name=\"removePhotoIds\" value=\"" + photoIds.get(0) + "\"");
        Map<String, String> form = validForm("换照片" + w.t.suffix);
        form.put("version", "" + visit.version());
        MockMultipartHttpServletRequestBuilder tooMany = multipartForm("/visits/" + visit.id(), form, w.officerA);
        for (int i = 0; i < 4; i++) {
            tooMany.file(new MockMultipartFile("photos", "n" + i + ".png", "image/png", png()));
        }
        mvc.perform(tooMany).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("visit", "photos", "photo.tooMany"));

        MockMultipartHttpServletRequestBuilder swap = multipartForm("/visits/" + visit.id(), form, w.officerA)
                .file(new MockMultipartFile("photos", "c.png", "image/png", png()));
        swap.param("removePhotoIds", "" + photoIds.get(0));
        mvc.perform(swap).andExpect(redirectedUrl("/visits/" + visit.id()));
        assertThat(jdbc.sql("select id from photo where owner_type = 'visit' and owner_id = ? order by id")
                .param(visit.id()).query(Long.class).list()).hasSize(2).doesNotContain(photoIds.get(0))
                .contains(photoIds.get(1));
    }

    /** The export's rows as "a|b|c" lines, the header first. */
    List<String> exportRows(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        List<String> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell)));
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }
}
