package org.gridwatch.tip.web;

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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gridwatch.BadInputCorpus;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FindingFollowedUp;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.tip.Recorder;
import org.gridwatch.tip.TipCategory;
import org.gridwatch.tip.TipData;
import org.gridwatch.tip.TipDirectory;
import org.gridwatch.tip.TipManagement;
import org.gridwatch.tip.TipSourceKind;
import org.gridwatch.tip.TipStatus;
import org.junit.jupiter.api.BeforeEach;
import org.gridwatch.fieldwork.Origin;
import org.gridwatch.fieldwork.TimelineFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class TipPagesTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired TipManagement tips;
    @Autowired TipDirectory directory;
    @Autowired ApplicationEvents events;

    TestTerritory t;
    SignedInUser officerA;
    SignedInUser auxiliaryA;
    SignedInUser supervisorA;
    SignedInUser adminA;
    SignedInUser officerB;
    SignedInUser supervisorB;
    long personA;
    long auxiliaryPersonA;
    long personB;
    /** A sealed identity no page may show: unique per test so that a hit cannot come from elsewhere. */
    String secretName;
    String secretPhone;

    @BeforeEach
    void territory() {
        t = TestTerritory.create(jdbc);
        officerA = TestTerritory.user(accounts, users, t.communityA, Role.OFFICER);
        auxiliaryA = TestTerritory.user(accounts, users, t.communityA, Role.AUXILIARY);
        supervisorA = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        adminA = TestTerritory.user(accounts, users, t.stationA, Role.ADMIN);
        officerB = TestTerritory.user(accounts, users, t.communityB, Role.OFFICER);
        supervisorB = TestTerritory.user(accounts, users, t.stationB, Role.SUPERVISOR);
        personA = person("OFFICER", "甲民警" + t.suffix, t.communityA, officerA.accountId());
        auxiliaryPersonA = person("AUXILIARY", "甲辅警" + t.suffix, t.communityA, auxiliaryA.accountId());
        personB = person("OFFICER", "乙民警" + t.suffix, t.communityB, officerB.accountId());
        String token = UUID.randomUUID().toString().replaceAll("[^0-9]", "");
        secretName = "密证人" + t.suffix;
        secretPhone = "139" + (token + "00000000").substring(0, 8);
    }

    long person(String kind, String name, long area, Long account) {
        return jdbc.sql("""
                insert into person (kind, name, phone, home_area_id, created_at, updated_at, account_id)
                values (?, ?, '13900000000', ?, now(), now(), ?) returning id
                """).params(kind, name, area, account).query(Long.class).single();
    }

    Map<String, String> validForm(String content) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("category", "TELECOM_FRAUD");
        form.put("content", content);
        form.put("sourceKind", "RESIDENT");
        form.put("sourceName", secretName);
        form.put("sourceContact", secretPhone);
        form.put("gridId", "" + t.gridA1);
        form.put("occurredAt", LocalDateTime.now(ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString());
        form.put("personIds", "" + personA);
        return form;
    }

    MockHttpServletRequestBuilder send(String path, SignedInUser who, Map<String, String> form) {
        MockHttpServletRequestBuilder request = post(path).with(user(who)).with(csrf());
        form.forEach(request::param);
        return request;
    }

    long logged(SignedInUser who, Map<String, String> form) throws Exception {
        String target = mvc.perform(send("/tips", who, form)).andExpect(redirectedUrlPattern("/tips/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(target.substring("/tips/".length()));
    }

    long tipInA(TipSourceKind kind, String content) {
        boolean sealed = kind.hasIdentity();
        return tips.create(new TipData(TipCategory.GAMBLING, content, kind, sealed ? secretName : null,
                sealed ? secretPhone : null, t.gridA1, Instant.now().minusSeconds(3600), List.of(personA), null, null,
                null, null, null), List.of(), new Recorder(officerA.accountId(), "甲民警"), AreaScope.everything());
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    long version(long id) {
        return directory.get(id, AreaScope.everything()).version();
    }

    TipStatus statusOf(long id) {
        return directory.get(id, AreaScope.everything()).status();
    }

    long reveals(long tipId) {
        return jdbc.sql("select count(*) from tip_source_reveal where tip_id = ?").param(tipId).query(Long.class)
                .single();
    }

    static String workbookText(byte[] bytes) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(formatter.formatCellValue(cell)).append('\t');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    static List<String> header(byte[] bytes) throws Exception {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> names = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
            return names;
        }
    }

    static int dataRows(byte[] bytes) throws Exception {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            return workbook.getSheetAt(0).getLastRowNum();
        }
    }

    @Test
    void anOfficerLogsATipAndFromThenOnSeesTheSourceOnlyMasked() throws Exception {
        String content = "冒充客服退款诈骗" + t.suffix;
        long id = logged(officerA, validForm(content));
        String masked = "密**";
        String maskedPhone = secretPhone.substring(0, 3) + "****" + secretPhone.substring(7);

        String detail = html(get("/tips/" + id).with(user(officerA)));
        assertThat(detail).contains(content).contains(masked).contains(maskedPhone)
                .doesNotContain(secretName).doesNotContain(secretPhone).contains("甲民警" + t.suffix);
        String list = html(get("/tips").param("category", "TELECOM_FRAUD").with(user(officerA)));
        assertThat(list).contains(content).contains(masked).doesNotContain(secretName).doesNotContain(secretPhone);
        String edit = html(get("/tips/" + id + "/edit").with(user(officerA)));
        assertThat(edit).contains(content).contains(masked).doesNotContain(secretName).doesNotContain(secretPhone);
        String supervisorsView = html(get("/tips/" + id).with(user(supervisorA)));
        assertThat(supervisorsView).contains(masked).doesNotContain(secretName).doesNotContain(secretPhone);

        byte[] export = mvc.perform(get("/tips/export").with(user(supervisorA))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(workbookText(export)).contains(content).contains(masked).contains(maskedPhone)
                .doesNotContain(secretName).doesNotContain(secretPhone);

        String audited = String.join("\n", jdbc.sql("select a::text from tip_aud a where a.id = ?").param(id)
                .query(String.class).list());
        assertThat(audited).contains(content).doesNotContain(secretName).doesNotContain(secretPhone);
        assertThat(jdbc.sql("select name from tip_source where tip_id = ?").param(id).query(String.class).single())
                .isEqualTo(secretName);
        List<FieldRecordSaved> saved = events.stream(FieldRecordSaved.class).filter(e -> e.recordId() == id).toList();
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).kind()).isEqualTo(RecordKind.TIP);
        assertThat(saved.get(0).gridIds()).containsExactly(t.gridA1);
        assertThat(saved.get(0).subkindKey()).isEqualTo("tip.category.TELECOM_FRAUD");
        assertThat(saved.get(0).summary()).isEqualTo(content);
        assertThat(saved.get(0).toString()).doesNotContain(secretName).doesNotContain(secretPhone);
    }

    @Test
    void aSupervisorRevealsTheSourceWithAReasonOnThatResponseOnlyAndTheRevealIsLogged() throws Exception {
        long id = tipInA(TipSourceKind.RESIDENT, "聚众赌博" + t.suffix);
        String reason = "需与举报人当面核实" + t.suffix;
        MockHttpServletResponse response = mvc.perform(post("/tips/" + id + "/reveal").with(user(supervisorA))
                        .with(csrf()).param("revealReason", reason))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentAsString()).contains(secretName).contains(secretPhone);
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        Map<String, Object> row = jdbc.sql("select revealed_by, reason from tip_source_reveal where tip_id = ?")
                .param(id).query().singleRow();
        assertThat(row).containsEntry("revealed_by", supervisorA.accountId()).containsEntry("reason", reason);

        String detail = html(get("/tips/" + id).with(user(supervisorA)));
        assertThat(detail).contains(reason).contains(supervisorA.displayName())
                .doesNotContain(secretName).doesNotContain(secretPhone);
        String log = html(get("/tips/reveals").with(user(supervisorA)));
        assertThat(log).contains(reason).contains("/tips/" + id).doesNotContain(secretName);
        assertThat(html(get("/tips/reveals").with(user(adminA)))).contains(reason);
        assertThat(html(get("/tips/" + id).with(user(officerA)))).doesNotContain(reason);
        assertThat(html(get("/tips/reveals").with(user(supervisorB)))).doesNotContain(reason);
        mvc.perform(get("/tips/reveals").with(user(officerA))).andExpect(status().isForbidden());
    }

    @Test
    void onlyASupervisorMayRevealNotTheOfficerWhoRecordedItNorAnAdmin() throws Exception {
        long id = tipInA(TipSourceKind.RESIDENT, "赌博" + t.suffix);
        for (SignedInUser who : List.of(officerA, adminA, auxiliaryA)) {
            String body = mvc.perform(post("/tips/" + id + "/reveal").with(user(who)).with(csrf())
                    .param("revealReason", "我想看看来源")).andExpect(status().isForbidden())
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).doesNotContain(secretName).doesNotContain(secretPhone);
        }
        assertThat(reveals(id)).isZero();
        assertThat(html(get("/tips/" + id).with(user(officerA)))).doesNotContain("id=\"revealButton\"");
        assertThat(html(get("/tips/" + id).with(user(supervisorA)))).contains("id=\"revealButton\"");
    }

    @Test
    void aRevealWithoutAReasonIsRefusedBesideTheFieldAndNotLogged() throws Exception {
        long id = tipInA(TipSourceKind.VOLUNTEER, "涉毒" + t.suffix);
        for (String reason : new String[] {"", "   ", "看看", "x".repeat(501)}) {
            String body = mvc.perform(post("/tips/" + id + "/reveal").with(user(supervisorA)).with(csrf())
                            .param("revealReason", reason))
                    .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("reveal", "revealReason"))
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).doesNotContain(secretName).doesNotContain(secretPhone).contains("revealReason-error");
        }
        String zh = html(post("/tips/" + id + "/reveal").with(user(supervisorA)).with(csrf()).param("revealReason", ""));
        assertThat(zh).contains("请说明查看理由");
        assertThat(reveals(id)).isZero();
    }

    @Test
    void anAnonymousTipHasNothingToRevealAndNoIdentityIsKeptForIt() throws Exception {
        long id = tipInA(TipSourceKind.ANONYMOUS, "匿名举报" + t.suffix);
        mvc.perform(post("/tips/" + id + "/reveal").with(user(supervisorA)).with(csrf()).param("revealReason", "核实匿名来源"))
                .andExpect(status().isConflict());
        assertThat(reveals(id)).isZero();
        assertThat(html(get("/tips/" + id).with(user(supervisorA)))).doesNotContain("id=\"revealButton\"");
        Map<String, String> form = validForm("匿名表单" + t.suffix);
        form.put("sourceKind", "ANONYMOUS");
        mvc.perform(send("/tips", officerA, form)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("tipForm", "sourceName"));
        form.remove("sourceName");
        form.remove("sourceContact");
        long anonymous = logged(officerA, form);
        assertThat(jdbc.sql("select count(*) from tip_source where tip_id = ?").param(anonymous).query(Long.class)
                .single()).isZero();
    }

    @Test
    void anotherStationCannotOpenEditServeThePhotoOfRevealOrExportATip() throws Exception {
        long id = logged(officerA, validForm("甲站线索" + t.suffix));
        long photo = jdbc.sql("""
                insert into photo (owner_type, owner_id, content_type, byte_size, content, uploaded_at)
                values ('tip', ?, 'image/png', 3, '\\x010203', now()) returning id
                """).param(id).query(Long.class).single();
        mvc.perform(get("/tips/" + id + "/photos/" + photo).with(user(officerA))).andExpect(status().isOk());
        for (SignedInUser other : List.of(officerB, supervisorB)) {
            mvc.perform(get("/tips/" + id).with(user(other))).andExpect(status().isNotFound());
            mvc.perform(get("/tips/" + id + "/edit").with(user(other))).andExpect(status().isNotFound());
            Map<String, String> change = validForm("改" + t.suffix);
            change.put("gridId", "" + t.gridB1);
            change.put("personIds", "" + personB);
            change.put("version", "0");
            mvc.perform(send("/tips/" + id, other, change)).andExpect(status().isNotFound());
            mvc.perform(get("/tips/" + id + "/photos/" + photo).with(user(other))).andExpect(status().isNotFound());
            mvc.perform(get("/tips/" + id + "/photos/" + photo).param("size", "thumb").with(user(other)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/tips/export").param("area", "" + t.stationA).with(user(other)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/tips").param("area", "" + t.stationA).with(user(other)))
                    .andExpect(status().isNotFound());
            byte[] export = mvc.perform(get("/tips/export").with(user(other))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(workbookText(export)).doesNotContain("甲站线索" + t.suffix);
            assertThat(html(get("/tips").with(user(other)))).doesNotContain("甲站线索" + t.suffix);
            mvc.perform(post("/tips/" + id + "/verify").param("version", "0").with(user(other)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/tips/" + id + "/reveal").with(user(supervisorB)).with(csrf()).param("revealReason", "越权查看测试"))
                .andExpect(status().isNotFound());
        assertThat(reveals(id)).isZero();
        assertThat(statusOf(id)).isEqualTo(TipStatus.RECEIVED);
    }

    @Test
    void mediatorsSeeNoTipsAndAuxiliariesRecordButDoNotHandle() throws Exception {
        SignedInUser mediator = TestTerritory.user(accounts, users, t.stationA, Role.MEDIATOR);
        mvc.perform(get("/tips").with(user(mediator))).andExpect(status().isForbidden());
        mvc.perform(get("/tips/new").with(user(mediator))).andExpect(status().isForbidden());
        Map<String, String> form = validForm("辅警登记" + t.suffix);
        form.put("personIds", "" + auxiliaryPersonA);
        long id = logged(auxiliaryA, form);
        mvc.perform(post("/tips/" + id + "/verify").param("version", "0").with(user(auxiliaryA)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tips/" + id + "/dismiss").param("version", "0").param("dismissalReason", "误报")
                .with(user(auxiliaryA)).with(csrf())).andExpect(status().isForbidden());
        assertThat(html(get("/tips/" + id).with(user(auxiliaryA)))).doesNotContain("id=\"verify\"");
        assertThat(statusOf(id)).isEqualTo(TipStatus.RECEIVED);
    }

    @Test
    void anOfficerVerifiesAndHandsOverATipEachStepStampedAndPublished() throws Exception {
        long id = tipInA(TipSourceKind.GRID_WORKER, "网络赌博" + t.suffix);
        mvc.perform(post("/tips/" + id + "/hand-over").param("version", "" + version(id)).param("unit", "治安大队")
                .with(user(officerA)).with(csrf())).andExpect(status().isConflict());
        mvc.perform(post("/tips/" + id + "/verify").param("version", "" + version(id)).with(user(officerA))
                .with(csrf())).andExpect(redirectedUrl("/tips/" + id));
        assertThat(statusOf(id)).isEqualTo(TipStatus.VERIFIED);
        mvc.perform(post("/tips/" + id + "/verify").param("version", "" + version(id)).with(user(officerA))
                .with(csrf())).andExpect(status().isConflict());
        mvc.perform(post("/tips/" + id + "/hand-over").param("version", "" + version(id)).param("unit", " ")
                        .with(user(officerA)).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("handOver", "unit"));
        mvc.perform(post("/tips/" + id + "/hand-over").param("version", "" + (version(id) - 1))
                .param("unit", "治安大队").with(user(officerA)).with(csrf())).andExpect(status().isConflict());
        mvc.perform(post("/tips/" + id + "/hand-over").param("version", "" + version(id))
                        .param("unit", "经开分局治安管理大队").with(user(supervisorA)).with(csrf()))
                .andExpect(redirectedUrl("/tips/" + id));
        var tip = directory.get(id, AreaScope.everything());
        assertThat(tip.status()).isEqualTo(TipStatus.HANDED_OVER);
        assertThat(tip.handedOverTo()).isEqualTo("经开分局治安管理大队");
        assertThat(tip.handedOverByName()).isEqualTo(supervisorA.displayName());
        assertThat(tip.verifiedByName()).isEqualTo(officerA.displayName());
        mvc.perform(post("/tips/" + id + "/dismiss").param("version", "" + version(id)).param("dismissalReason", "迟到")
                .with(user(officerA)).with(csrf())).andExpect(status().isConflict());
        mvc.perform(get("/tips/" + id + "/edit").with(user(officerA))).andExpect(status().isConflict());
        assertThat(events.stream(FieldRecordSaved.class).filter(e -> e.recordId() == id)).hasSize(3);
        String detail = html(get("/tips/" + id).with(user(officerA)));
        assertThat(detail).contains("经开分局治安管理大队").doesNotContain("id=\"handling\"");
    }

    @Test
    void aTipIsDismissedWithAReasonFromReceivedOrVerified() throws Exception {
        long received = tipInA(TipSourceKind.RESIDENT, "误报" + t.suffix);
        mvc.perform(post("/tips/" + received + "/dismiss").param("version", "" + version(received))
                        .param("dismissalReason", "").with(user(officerA)).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("dismissal", "dismissalReason"));
        mvc.perform(post("/tips/" + received + "/dismiss").param("version", "" + version(received))
                .param("dismissalReason", "经核实系邻里误会").with(user(officerA)).with(csrf()))
                .andExpect(redirectedUrl("/tips/" + received));
        assertThat(directory.get(received, AreaScope.everything()).dismissalReason()).isEqualTo("经核实系邻里误会");
        long verified = tipInA(TipSourceKind.RESIDENT, "核实后排除" + t.suffix);
        tips.verify(verified, version(verified), new Recorder(officerA.accountId(), "甲"), AreaScope.everything());
        mvc.perform(post("/tips/" + verified + "/dismiss").param("version", "" + version(verified))
                .param("dismissalReason", "与前案重复").with(user(supervisorA)).with(csrf()))
                .andExpect(redirectedUrl("/tips/" + verified));
        assertThat(statusOf(verified)).isEqualTo(TipStatus.DISMISSED);
    }

    @Test
    void aTipFormSentTwiceCreatesOneTip() throws Exception {
        String content = "双击提交" + t.suffix;
        Map<String, String> form = validForm(content);
        form.put("submissionKey", UUID.randomUUID().toString());
        String first = mvc.perform(send("/tips", officerA, form)).andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(send("/tips", officerA, form)).andReturn().getResponse().getRedirectedUrl();
        assertThat(first).startsWith("/tips/").isEqualTo(second);
        assertThat(jdbc.sql("select count(*) from tip where content = ?").param(content).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aNonFinitePointIsRefusedBesideTheGridPickerOnAWholePage() throws Exception {
        BadInputCorpus.refusesNonFinitePoint(mvc, officerA, "/tips", validForm("无穷" + t.suffix), "lat", "lon");
    }

    @Test
    void badInputIsShownBesideTheFieldNeverAsAServerErrorOnEveryTipForm() throws Exception {
        BadInputCorpus.attack(mvc, officerA, "/tips", validForm("恶意输入" + t.suffix));
        long id = tipInA(TipSourceKind.RESIDENT, "编辑恶意输入" + t.suffix);
        Map<String, String> edit = validForm("编辑恶意输入" + t.suffix);
        edit.put("version", "" + version(id));
        BadInputCorpus.attack(mvc, officerA, "/tips/" + id, edit);
        long handled = tipInA(TipSourceKind.RESIDENT, "处理恶意输入" + t.suffix);
        BadInputCorpus.attack(mvc, officerA, "/tips/" + handled + "/dismiss",
                new LinkedHashMap<>(Map.of("dismissalReason", "理由", "version", "" + version(handled))));
        BadInputCorpus.attack(mvc, officerA, "/tips/" + handled + "/verify",
                new LinkedHashMap<>(Map.of("version", "" + version(handled))));
        long verified = tipInA(TipSourceKind.RESIDENT, "移交恶意输入" + t.suffix);
        tips.verify(verified, version(verified), new Recorder(officerA.accountId(), "甲"), AreaScope.everything());
        BadInputCorpus.attack(mvc, officerA, "/tips/" + verified + "/hand-over",
                new LinkedHashMap<>(Map.of("unit", "治安大队", "version", "" + version(verified))));
        BadInputCorpus.attack(mvc, supervisorA, "/tips/" + id + "/reveal",
                new LinkedHashMap<>(Map.of("revealReason", "核实举报细节")));
        for (String value : BadInputCorpus.VALUES) {
            mvc.perform(get("/tips").param("area", value).param("from", value).param("to", value)
                    .param("person", value).param("campaign", value).param("category", value)
                    .param("status", value).param("sort", value).param("page", value).with(user(officerA)))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).isLessThan(500));
            mvc.perform(get("/tips/new").param("origin", value).param("gridId", value).param("text", value)
                    .with(user(officerA)))
                    .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                            .doesNotContain(BadInputCorpus.SCRIPT))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void rulesOfTheFormComeBackBesideTheirFields() throws Exception {
        Map<String, String> form = validForm("规则" + t.suffix);
        form.put("gridId", "" + t.gridB1);
        form.put("personIds", "" + personB);
        form.put("occurredAt", LocalDateTime.now(ZONE).plusDays(2).truncatedTo(ChronoUnit.MINUTES).toString());
        String page = mvc.perform(send("/tips", officerA, form)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("tipForm", "gridId"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请选择您辖区内的网格");
        form.put("gridId", "" + t.gridA1);
        mvc.perform(send("/tips", officerA, form)).andExpect(model().attributeHasFieldErrors("tipForm", "personIds"));
        form.put("personIds", "" + personA);
        mvc.perform(send("/tips", officerA, form)).andExpect(model().attributeHasFieldErrors("tipForm", "occurredAt"));
        form.put("occurredAt", "2026-13-45T99:99");
        mvc.perform(send("/tips", officerA, form)).andExpect(model().attributeHasFieldErrors("tipForm", "occurredAt"));
        Map<String, String> noSource = validForm("无来源" + t.suffix);
        noSource.remove("sourceName");
        noSource.remove("sourceContact");
        mvc.perform(send("/tips", officerA, noSource))
                .andExpect(model().attributeHasFieldErrors("tipForm", "sourceName"));
        Map<String, String> english = validForm("");
        english.put("lat", "95");
        english.put("lon", "200");
        String en = html(send("/tips", officerA, english).param("lang", "en"));
        assertThat(en).contains("Invalid position");
    }

    @Test
    void aStaleEditShowsTheFormAgainWithTheInputKeptAndStatus409() throws Exception {
        long id = tipInA(TipSourceKind.RESIDENT, "原内容" + t.suffix);
        long loaded = version(id);
        tips.verify(id, loaded, new Recorder(officerA.accountId(), "甲"), AreaScope.everything());
        Map<String, String> form = validForm("我的修改" + t.suffix);
        form.put("version", "" + loaded);
        form.remove("sourceName");
        form.remove("sourceContact");
        String page = mvc.perform(send("/tips/" + id, officerA, form)).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("我的修改" + t.suffix).contains("记录已被他人修改");
        assertThat(directory.get(id, AreaScope.everything()).content()).isEqualTo("原内容" + t.suffix);
    }

    @Test
    void anEditKeepsTheSealedSourceWhenLeftEmptyAndReplacesOrDropsIt() throws Exception {
        long id = tipInA(TipSourceKind.RESIDENT, "编辑来源" + t.suffix);
        Map<String, String> form = validForm("编辑来源，补充情况" + t.suffix);
        form.remove("sourceName");
        form.remove("sourceContact");
        form.put("version", "" + version(id));
        mvc.perform(send("/tips/" + id, officerA, form)).andExpect(redirectedUrl("/tips/" + id));
        assertThat(jdbc.sql("select name from tip_source where tip_id = ?").param(id).query(String.class).single())
                .isEqualTo(secretName);
        form.put("sourceName", "新证人" + t.suffix);
        form.put("version", "" + version(id));
        mvc.perform(send("/tips/" + id, officerA, form)).andExpect(redirectedUrl("/tips/" + id));
        assertThat(jdbc.sql("select name from tip_source where tip_id = ?").param(id).query(String.class).single())
                .isEqualTo("新证人" + t.suffix);
        form.remove("sourceName");
        form.put("sourceKind", "ANONYMOUS");
        form.put("version", "" + version(id));
        mvc.perform(send("/tips/" + id, officerA, form)).andExpect(redirectedUrl("/tips/" + id));
        assertThat(jdbc.sql("select count(*) from tip_source where tip_id = ?").param(id).query(Long.class).single())
                .isZero();
        String history = html(get("/tips/" + id).with(user(officerA)));
        assertThat(history).contains("来源身份变更时间").doesNotContain(secretName).doesNotContain("新证人" + t.suffix);
        String audited = String.join("\n", jdbc.sql("select a::text from tip_aud a where a.id = ?").param(id)
                .query(String.class).list());
        assertThat(audited).doesNotContain(secretName).doesNotContain("新证人" + t.suffix);
    }

    @Test
    void aTipOpenedFromAPatrolFindingIsPrefilledAndFollowsItUp() throws Exception {
        String text = "巡逻发现可疑出租屋" + t.suffix;
        Origin finding = TimelineFixture.recordIn(jdbc, RecordKind.PATROL, t.gridA2, 3);
        String page = html(get("/tips/new").param("origin", finding.text()).param("gridId", "" + t.gridA2)
                .param("text", text).with(user(officerA)));
        assertThat(page).contains(text).contains("value=\"" + finding.text() + "\"").contains(finding.path())
                .contains("<option value=\"" + t.gridA2 + "\" selected=\"selected\"");
        assertThat(html(get("/tips/new").param("gridId", "" + t.gridB1).with(user(officerA))))
                .doesNotContain("<option value=\"" + t.gridB1 + "\"");
        Map<String, String> form = validForm(text);
        form.put("origin", finding.text());
        long id = logged(officerA, form);
        List<FindingFollowedUp> followed = events.stream(FindingFollowedUp.class).filter(e -> e.recordId() == id)
                .toList();
        assertThat(followed).hasSize(1);
        assertThat(followed.get(0).origin().text()).isEqualTo(finding.text());
        assertThat(followed.get(0).kind()).isEqualTo(RecordKind.TIP);
        assertThat(html(get("/tips/" + id).with(user(officerA)))).contains(finding.path());
        long plain = logged(officerA, validForm("无来源记录" + t.suffix));
        assertThat(events.stream(FindingFollowedUp.class).filter(e -> e.recordId() == plain)).isEmpty();
    }

    @Test
    void aPhotoTakenWithTheTipIsStoredAndServedOnlyInScope() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        var request = multipart("/tips").file(new MockMultipartFile("photos", "p.png", "image/png", png.toByteArray()))
                .with(user(officerA)).with(csrf());
        validForm("带照片" + t.suffix).forEach(request::param);
        String target = mvc.perform(request).andExpect(redirectedUrlPattern("/tips/*")).andReturn().getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(target.substring("/tips/".length()));
        long photo = jdbc.sql("select id from photo where owner_type = 'tip' and owner_id = ?").param(id)
                .query(Long.class).single();
        assertThat(html(get("/tips/" + id).with(user(officerA)))).contains("/tips/" + id + "/photos/" + photo);
        mvc.perform(get("/tips/" + id + "/photos/" + photo).param("size", "thumb").with(user(supervisorA)))
                .andExpect(status().isOk());
        mvc.perform(get("/tips/" + id + "/photos/" + photo).with(user(supervisorB))).andExpect(status().isNotFound());
        var text = multipart("/tips").file(new MockMultipartFile("photos", "x.png", "image/png", "not".getBytes()))
                .with(user(officerA)).with(csrf());
        validForm("假照片" + t.suffix).forEach(text::param);
        mvc.perform(text).andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("tipForm", "photos"));
    }

    @Test
    void theListFiltersAndTheExportHoldsExactlyTheFilteredRowsUnderChineseHeaders() throws Exception {
        String mark = "筛选" + t.suffix;
        long fraud = tipInA(TipSourceKind.RESIDENT, mark + "诈骗");
        jdbc.sql("update tip set category = 'TELECOM_FRAUD' where id = ?").param(fraud).update();
        long gambling = tipInA(TipSourceKind.RESIDENT, mark + "赌博");
        tips.verify(gambling, version(gambling), new Recorder(officerA.accountId(), "甲"), AreaScope.everything());
        tips.create(new TipData(TipCategory.GAMBLING, mark + "二网格", TipSourceKind.ANONYMOUS, null, null, t.gridA2,
                Instant.now().minusSeconds(60), List.of(personA), null, null, null, null, null), List.of(),
                new Recorder(officerA.accountId(), "甲"), AreaScope.everything());

        String list = html(get("/tips").param("area", "" + t.gridA1).param("category", "GAMBLING")
                .with(user(supervisorA)));
        assertThat(list).contains(mark + "赌博").doesNotContain(mark + "诈骗").doesNotContain(mark + "二网格");
        String verified = html(get("/tips").param("area", "" + t.communityA).param("status", "VERIFIED")
                .param("person", "" + personA).with(user(supervisorA)));
        assertThat(verified).contains(mark + "赌博").doesNotContain(mark + "二网格");
        byte[] export = mvc.perform(get("/tips/export").param("area", "" + t.gridA1).param("category", "GAMBLING")
                .with(user(supervisorA))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(dataRows(export)).isEqualTo(1);
        assertThat(header(export)).startsWith("编号", "接收时间", "类别", "状态", "线索内容", "来源类型", "来源身份（已密封）");
        assertThat(workbookText(export)).contains(mark + "赌博").contains("赌博").contains("已核实");
        byte[] english = mvc.perform(get("/tips/export").param("area", "" + t.communityA).param("lang", "en")
                .with(user(supervisorA))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(header(english)).contains("编号");
        assertThat(dataRows(english)).isEqualTo(3);
        String phone = html(get("/tips").param("sort", "status").with(user(supervisorA)));
        assertThat(phone).contains("table-responsive").contains("d-none d-md-table-cell");
    }
}
