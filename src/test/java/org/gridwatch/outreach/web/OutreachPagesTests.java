package org.gridwatch.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gridwatch.BadInputCorpus;
import org.gridwatch.IntegrationTest;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.outreach.ConsultationChannel;
import org.gridwatch.outreach.ConsultationData;
import org.gridwatch.outreach.ConsultationView;
import org.gridwatch.outreach.Consultations;
import org.gridwatch.outreach.DrillData;
import org.gridwatch.outreach.DrillView;
import org.gridwatch.outreach.Drills;
import org.gridwatch.outreach.FieldFacts;
import org.gridwatch.outreach.OutreachFixture;
import org.gridwatch.outreach.PublicityData;
import org.gridwatch.outreach.PublicityEvents;
import org.gridwatch.outreach.PublicityTopic;
import org.gridwatch.outreach.PublicityView;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.place.PartnerManagement;
import org.gridwatch.place.PlaceManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class OutreachPagesTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PeopleManagement people;
    @Autowired DutyManagement duty;
    @Autowired PlaceManagement places;
    @Autowired PartnerManagement partners;
    @Autowired Consultations consultations;
    @Autowired PublicityEvents publicity;
    @Autowired Drills drills;

    OutreachFixture f;
    SignedInUser officer;
    String oneHourAgo;

    @BeforeEach
    void territory() {
        f = new OutreachFixture(jdbc, accounts, users, people, duty, places, partners);
        officer = f.officerUserA;
        oneHourAgo = LocalDateTime.now(RecordFilter.ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    Map<String, String> consultationForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", "PHONE");
        form.put("question", "邻居装修噪音扰民怎么办？" + f.t.suffix);
        form.put("answer", "可先由物业协调，必要时申请调解。");
        form.put("answeredById", "" + f.lawyerA);
        form.put("gridId", "" + f.t.gridA1);
        form.put("occurredAt", oneHourAgo);
        form.put("personIds", "" + f.officerA);
        form.put("notes", "已留联系方式");
        form.put("campaignId", "");
        form.put("lat", "43.85");
        form.put("lon", "125.33");
        form.put("satisfaction", "BASICALLY");
        form.put("satisfactionComment", "解答清楚");
        return form;
    }

    Map<String, String> publicityForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("topic", "ANTI_FRAUD");
        form.put("title", "反诈宣传进校园" + f.t.suffix);
        form.put("audienceSize", "260");
        form.put("gridId", "" + f.t.gridA1);
        form.put("placeId", "" + f.schoolA1);
        form.put("venue", "操场");
        form.put("occurredAt", oneHourAgo);
        form.put("personIds", "" + f.officerA);
        form.put("notes", "发放宣传册 300 份");
        form.put("campaignId", "");
        form.put("lat", "43.85");
        form.put("lon", "125.33");
        return form;
    }

    Map<String, String> drillForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("partnerUnitIds", "" + f.partnerA);
        form.put("scenario", "商场火灾人员疏散" + f.t.suffix);
        form.put("partnerParticipants", "30");
        form.put("gridId", "" + f.t.gridA1);
        form.put("occurredAt", oneHourAgo);
        form.put("personIds", "" + f.officerA);
        form.put("notes", "用时 6 分钟");
        form.put("campaignId", "");
        form.put("lat", "43.85");
        form.put("lon", "125.33");
        return form;
    }

    static <B extends AbstractMockHttpServletRequestBuilder<B>> B send(B request, SignedInUser user,
            Map<String, String> form) {
        request.with(user(user)).with(csrf());
        form.forEach(request::param);
        return request;
    }

    FieldFacts factsB() {
        return new FieldFacts(f.t.gridB1, OutreachFixture.hoursAgo(2), List.of(f.officerB), null, null, null, null);
    }

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void mediatorsSeeNoOutreachRecords() throws Exception {
        for (String path : List.of("/consultations", "/publicity", "/drills", "/consultations/new",
                "/publicity/new", "/drills/new", "/consultations/export")) {
            mvc.perform(get(path).with(user(f.mediator))).andExpect(status().isForbidden());
        }
    }

    @Test
    void anotherStationsRecordsAreNotFoundOnTheirDetailEditPhotoAndExportPages() throws Exception {
        AreaScope stationB = f.scopeOf(f.t.stationB);
        List<MockMultipartFile> photo = List.of(new MockMultipartFile("photos", "p.png", "image/png", png()));
        ConsultationView c = consultations.create(new ConsultationData(factsB(), "问" + f.t.suffix, null, null,
                ConsultationChannel.IN_PERSON), List.copyOf(photo), OutreachFixture.RECORDER, stationB);
        PublicityView p = publicity.create(new PublicityData(factsB(), PublicityTopic.DRUGS, "禁毒" + f.t.suffix,
                f.schoolB1, null, 40), List.copyOf(photo), OutreachFixture.RECORDER, stationB);
        DrillView d = drills.create(new DrillData(factsB(), List.of(f.partnerB), "演练" + f.t.suffix, 4),
                List.copyOf(photo), OutreachFixture.RECORDER, stationB);
        Map<String, Long> records = Map.of("/consultations/", c.id(), "/publicity/", p.id(), "/drills/", d.id());
        for (Map.Entry<String, Long> r : records.entrySet()) {
            String path = r.getKey() + r.getValue();
            long photoId = jdbc.sql("select id from photo where owner_id = ? and owner_type = ?")
                    .params(r.getValue(), r.getKey().equals("/publicity/") ? "publicity"
                            : r.getKey().substring(1, r.getKey().length() - 2))
                    .query(Long.class).single();
            mvc.perform(get(path).with(user(f.supervisorB))).andExpect(status().isOk());
            mvc.perform(get(path + "/photos/" + photoId).param("size", "thumb").with(user(f.supervisorB)))
                    .andExpect(status().isOk());
            for (SignedInUser outsider : List.of(f.supervisorA, officer)) {
                mvc.perform(get(path).with(user(outsider))).andExpect(status().isNotFound());
                mvc.perform(get(path + "/edit").with(user(outsider))).andExpect(status().isNotFound());
                mvc.perform(get(path + "/photos/" + photoId).with(user(outsider))).andExpect(status().isNotFound());
                mvc.perform(get(path + "/photos/" + photoId).param("size", "thumb").with(user(outsider)))
                        .andExpect(status().isNotFound());
                mvc.perform(post(path).with(user(outsider)).with(csrf()).param("version", "0"))
                        .andExpect(status().isNotFound());
                mvc.perform(get(r.getKey() + "export").param("area", "" + f.t.stationB).with(user(outsider)))
                        .andExpect(status().isNotFound());
                mvc.perform(get(r.getKey().substring(0, r.getKey().length() - 1)).param("area", "" + f.t.gridB1)
                        .with(user(outsider))).andExpect(status().isNotFound());
            }
        }
        String list = mvc.perform(get("/consultations").with(user(f.supervisorA))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("问" + f.t.suffix);
        assertThat(exportRows("/consultations/export", f.supervisorA, Map.of()))
                .noneMatch(row -> row.contains("问" + f.t.suffix));
    }

    @Test
    void aFormSentTwiceCreatesOneRecord() throws Exception {
        Map<String, Map<String, String>> forms = Map.of("/consultations", consultationForm(), "/publicity",
                publicityForm(), "/drills", drillForm());
        for (Map.Entry<String, Map<String, String>> form : forms.entrySet()) {
            Map<String, String> values = new LinkedHashMap<>(form.getValue());
            values.put("submissionKey", UUID.randomUUID().toString());
            String first = mvc.perform(send(post(form.getKey()), officer, values))
                    .andExpect(redirectedUrlPattern(form.getKey() + "/*")).andReturn().getResponse().getRedirectedUrl();
            String second = mvc.perform(send(post(form.getKey()), officer, values))
                    .andExpect(redirectedUrlPattern(form.getKey() + "/*")).andReturn().getResponse().getRedirectedUrl();
            assertThat(second).as(form.getKey()).isEqualTo(first);
        }
        assertThat(count("select count(*) from consultation where question = ?", consultationForm().get("question")))
                .isEqualTo(1);
        assertThat(count("select count(*) from publicity_event where title = ?", publicityForm().get("title")))
                .isEqualTo(1);
        assertThat(count("select count(*) from drill where scenario = ?", drillForm().get("scenario"))).isEqualTo(1);
    }

    @Test
    void aNonFinitePointIsRefusedBesideTheGridPickerOnAWholePage() throws Exception {
        BadInputCorpus.refusesNonFinitePoint(mvc, officer, "/consultations", consultationForm(), "lat", "lon");
        BadInputCorpus.refusesNonFinitePoint(mvc, officer, "/publicity", publicityForm(), "lat", "lon");
        BadInputCorpus.refusesNonFinitePoint(mvc, officer, "/drills", drillForm(), "lat", "lon");
    }

    @Test
    void badInputIsAnsweredBesideTheFieldNeverWithAServerErrorOrUnescapedEcho() throws Exception {
        BadInputCorpus.attack(mvc, officer, "/consultations", consultationForm());
        BadInputCorpus.attack(mvc, officer, "/publicity", publicityForm());
        BadInputCorpus.attack(mvc, officer, "/drills", drillForm());
        ConsultationView mine = consultations.create(new ConsultationData(new FieldFacts(f.t.gridA1,
                OutreachFixture.hoursAgo(3), List.of(f.officerA), null, null, null, null), "问", null, null,
                ConsultationChannel.PHONE), List.of(), OutreachFixture.RECORDER, f.communityA());
        Map<String, String> edit = consultationForm();
        edit.put("version", "" + mine.facts().version());
        BadInputCorpus.attack(mvc, officer, "/consultations/" + mine.id(), edit);
    }

    @Test
    void aConsultationKeepsTheResidentsSatisfactionAndItsRulesAreShownBesideTheField() throws Exception {
        String target = mvc.perform(send(post("/consultations"), officer, consultationForm()))
                .andExpect(redirectedUrlPattern("/consultations/*")).andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(target).with(user(officer))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("基本满意").contains("解答清楚");
        Map<String, String> form = consultationForm();
        form.put("satisfaction", "DELIGHTED");
        mvc.perform(send(post("/consultations"), officer, form)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "satisfaction"));
        form.put("satisfaction", "");
        mvc.perform(send(post("/consultations"), officer, form)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "satisfactionComment",
                        "fieldwork.satisfaction.commentWithoutAnswer"));
        form.put("satisfaction", "UNSATISFIED");
        form.put("satisfactionComment", "不".repeat(201));
        mvc.perform(send(post("/consultations"), officer, form)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "satisfactionComment", "Size"));
    }

    @Test
    void rulesTheFacadeKnowsAreShownBesideTheirFields() throws Exception {
        Map<String, String> form = consultationForm();
        form.put("answeredById", "");
        mvc.perform(send(post("/consultations"), officer, form)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "answeredById", "outreach.answeredBy.required"));
        form = consultationForm();
        form.put("gridId", "" + f.t.gridB1);
        form.put("occurredAt", LocalDateTime.now(RecordFilter.ZONE).plusDays(2).truncatedTo(ChronoUnit.MINUTES)
                .toString());
        mvc.perform(send(post("/consultations"), officer, form)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "occurredAt", "outreach.occurredAt.future"));
        form.put("occurredAt", oneHourAgo);
        mvc.perform(send(post("/consultations"), officer, form)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "gridId", "outreach.grid.invalid"));
        Map<String, String> event = publicityForm();
        event.put("placeId", "");
        event.put("venue", "");
        mvc.perform(send(post("/publicity"), officer, event)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "venue", "outreach.placeOrVenue"));
        event.put("audienceSize", "100001");
        mvc.perform(send(post("/publicity"), officer, event)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "audienceSize"));
        Map<String, String> drill = drillForm();
        drill.put("partnerUnitIds", "" + f.partnerB);
        mvc.perform(send(post("/drills"), officer, drill)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "partnerUnitIds", "outreach.partners.invalid"));
        String page = mvc.perform(send(post("/drills"), officer, drill).param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Pick only partner units working in your area.");
    }

    @Test
    void aStaleEditShowsTheFormAgainWithTheInputKeptAndStatus409() throws Exception {
        AreaScope scope = f.communityA();
        FieldFacts facts = new FieldFacts(f.t.gridA1, OutreachFixture.hoursAgo(4), List.of(f.officerA), null, null,
                null, null);
        ConsultationView c = consultations.create(new ConsultationData(facts, "原问题", null, null,
                ConsultationChannel.PHONE), List.of(), OutreachFixture.RECORDER, scope);
        consultations.change(c.id(), c.facts().version(), new ConsultationData(facts, "别人改的", null, null,
                ConsultationChannel.PHONE), List.of(), null, scope);
        PublicityView p = publicity.create(new PublicityData(facts, PublicityTopic.LEGAL, "原名称", null, "广场", 5),
                List.of(), OutreachFixture.RECORDER, scope);
        publicity.change(p.id(), p.facts().version(), new PublicityData(facts, PublicityTopic.LEGAL, "别人改的", null,
                "广场", 5), List.of(), null, scope);
        DrillView d = drills.create(new DrillData(facts, List.of(f.partnerA), "原科目", 1), List.of(),
                OutreachFixture.RECORDER, scope);
        drills.change(d.id(), d.facts().version(), new DrillData(facts, List.of(f.partnerA), "别人改的", 1), List.of(),
                null, scope);

        Map<String, String> mine = consultationForm();
        mine.put("question", "我的改动" + f.t.suffix);
        mine.put("version", "" + c.facts().version());
        assertThat(mvc.perform(send(post("/consultations/" + c.id()), officer, mine)).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString()).contains("我的改动" + f.t.suffix);
        mine = publicityForm();
        mine.put("title", "我的改动" + f.t.suffix);
        mine.put("version", "" + p.facts().version());
        assertThat(mvc.perform(send(post("/publicity/" + p.id()), officer, mine)).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString()).contains("我的改动" + f.t.suffix);
        mine = drillForm();
        mine.put("scenario", "我的改动" + f.t.suffix);
        mine.put("version", "" + d.facts().version());
        assertThat(mvc.perform(send(post("/drills/" + d.id()), officer, mine)).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString()).contains("我的改动" + f.t.suffix);
        assertThat(consultations.get(c.id(), scope).question()).isEqualTo("别人改的");
    }

    @Test
    void aConsultationLoggedWithAPhotoShowsItsThumbnailAndCanBeEdited() throws Exception {
        var request = multipart("/consultations")
                .file(new MockMultipartFile("photos", "note.png", "image/png", png()));
        String target = mvc.perform(send(request, officer, consultationForm()))
                .andExpect(redirectedUrlPattern("/consultations/*")).andReturn().getResponse().getRedirectedUrl();
        String detail = mvc.perform(get(target).with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains(consultationForm().get("question")).contains("甲律师" + f.t.suffix)
                .contains(target + "/photos/").contains("size=thumb");
        long id = Long.parseLong(target.substring(target.lastIndexOf('/') + 1));
        long photoId = jdbc.sql("select id from photo where owner_type = 'consultation' and owner_id = ?").param(id)
                .query(Long.class).single();
        mvc.perform(get(target + "/photos/" + photoId).param("size", "thumb").with(user(f.supervisorA)))
                .andExpect(status().isOk());

        mvc.perform(get(target + "/edit").with(user(officer))).andExpect(status().isOk());
        Map<String, String> edit = consultationForm();
        edit.put("answer", "改为建议报警处理");
        edit.put("version", "" + consultations.get(id, f.communityA()).facts().version());
        mvc.perform(send(post(target), officer, edit)).andExpect(redirectedUrl(target));
        assertThat(consultations.get(id, f.communityA()).answer()).isEqualTo("改为建议报警处理");
        // supervisors read the records of their scope, and edit only those they logged themselves
        mvc.perform(get(target + "/edit").with(user(f.supervisorA))).andExpect(status().isForbidden());
    }

    @Test
    void aNewFormStartsInTheOfficersGridWithTheOfficerNowAndTheGridsPlaces() throws Exception {
        var form = (PublicityForm) mvc.perform(get("/publicity/new").with(user(officer))).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("form");
        assertThat(form.getGridId()).isEqualTo(f.t.gridA1);
        assertThat(form.getPersonIds()).containsExactly(f.officerA);
        assertThat(form.getOccurredAt()).isNotNull();
        assertThat(form.getSubmissionKey()).isNotBlank();
        String places = mvc.perform(get("/publicity/places").param("gridId", "" + f.t.gridA1).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(places).contains("甲小学" + f.t.suffix);
        assertThat(mvc.perform(get("/publicity/places").param("gridId", "" + f.t.gridB1).with(user(officer)))
                .andReturn().getResponse().getContentAsString()).isEqualTo("[]");
        var consultation = (ConsultationForm) mvc.perform(get("/consultations/new").with(user(officer)))
                .andReturn().getModelAndView().getModel().get("form");
        assertThat(consultation.getAnsweredById()).isEqualTo(f.officerA);
        String drillPage = mvc.perform(get("/drills/new").with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(drillPage).contains("甲商场" + f.t.suffix).doesNotContain("乙医院" + f.t.suffix);
    }

    @Test
    void theExportHoldsExactlyTheFilteredRowsOfTheScopeUnderChineseHeaders() throws Exception {
        AreaScope scope = f.communityA();
        for (int i = 0; i < 3; i++) {
            publicity.create(new PublicityData(new FieldFacts(f.t.gridA2, OutreachFixture.hoursAgo(10 + i),
                    List.of(f.officerA), null, null, null, null), i == 0 ? PublicityTopic.DRUGS : PublicityTopic.ANTI_FRAUD,
                    "宣传" + i + f.t.suffix, null, "广场", 100 + i), List.of(), OutreachFixture.RECORDER, scope);
        }
        publicity.create(new PublicityData(factsB(), PublicityTopic.ANTI_FRAUD, "乙宣传" + f.t.suffix, null, "广场", 9),
                List.of(), OutreachFixture.RECORDER, f.scopeOf(f.t.stationB));

        List<List<String>> rows = exportRows("/publicity/export", officer,
                Map.of("area", "" + f.t.gridA2, "topic", "ANTI_FRAUD", "sort", "audience", "lang", "en"));
        assertThat(rows.get(0)).startsWith("时间", "派出所 › 社区 › 网格", "宣传主题", "活动名称");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(3))
                .containsExactly("宣传2" + f.t.suffix, "宣传1" + f.t.suffix);
        assertThat(rows.get(1).get(2)).isEqualTo("反诈宣传");
        assertThat(rows.get(1).get(6)).isEqualTo("102");

        List<List<String>> all = exportRows("/publicity/export", f.supervisorA, Map.of("area", "" + f.t.stationA));
        assertThat(all).hasSize(4);
        String list = mvc.perform(get("/publicity").param("area", "" + f.t.gridA2).param("topic", "ANTI_FRAUD")
                .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("宣传2" + f.t.suffix).contains("宣传1" + f.t.suffix).doesNotContain("宣传0" + f.t.suffix)
                .contains("/publicity/export?area=" + f.t.gridA2);

        List<List<String>> consultationsSheet = exportRows("/consultations/export", officer, Map.of());
        assertThat(consultationsSheet.get(0)).contains("咨询问题", "解答内容", "记录人");
        assertThat(exportRows("/drills/export", officer, Map.of()).get(0)).contains("共建单位", "演练科目/情景");
    }

    @Test
    void listsAcceptMalformedFiltersAndRenderInBothLanguages() throws Exception {
        for (String path : List.of("/consultations", "/publicity", "/drills")) {
            mvc.perform(get(path).param("area", "x").param("from", "2026-02-30").param("to", "soon")
                    .param("person", "<b>").param("campaign", "NaN").param("channel", "FAX").param("topic", "X")
                    .param("sort", "evil").param("page", "-4").with(user(officer))).andExpect(status().isOk());
            String en = mvc.perform(get(path).param("lang", "en").with(user(f.supervisorA)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(en).contains("Export to Excel");
        }
    }

    List<List<String>> exportRows(String path, SignedInUser user, Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder request = get(path).with(user(user));
        params.forEach(request::param);
        byte[] bytes = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    long count(String sql, String value) {
        return jdbc.sql(sql).param(value).query(Long.class).single();
    }
}
