package org.gridwatch.dispute.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridwatch.BadInputCorpus;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestClock;
import org.gridwatch.dispute.DisputeDirectory;
import org.gridwatch.dispute.DisputeFixtures;
import org.gridwatch.dispute.DisputeManagement;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.fieldwork.FindingFollowedUp;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.gridwatch.fieldwork.Origin;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.fieldwork.TimelineFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The dispute pages: who sees what (scope, mediators' teams, masked numbers), intake, steps, export, bad input. */
@IntegrationTest
class DisputePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    DutyManagement duty;
    @Autowired
    DisputeDirectory directory;
    @Autowired
    DisputeManagement disputes;
    @Autowired
    ApplicationEvents events;
    @Autowired
    TestClock clock;

    static DisputeFixtures shared;
    DisputeFixtures f;

    @BeforeEach
    void setUp() {
        clock.reset();
        if (shared == null) {
            shared = new DisputeFixtures(jdbc, accounts, users, duty, directory, disputes);
        }
        f = shared;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMediatorSeesOnlyTheDisputesWhoseTeamItIsOnInTheListAndOnTheirPages() throws Exception {
        long onTeam = f.mediating();
        long offTeam = f.report();

        String list = page("/disputes", f.lawyerUser);
        assertThat(list).contains("data-dispute=\"" + onTeam + "\"").doesNotContain("data-dispute=\"" + offTeam + "\"");
        assertThat(page("/disputes/" + onTeam, f.lawyerUser)).contains(DisputeFixtures.ID_NUMBER);
        assertThat(status("/disputes/" + offTeam, f.lawyerUser)).isEqualTo(404);
        assertThat(status("/disputes/" + offTeam + "/resolve", f.lawyerUser)).isEqualTo(404);
        assertThat(status("/disputes/" + onTeam + "/sessions/new", f.lawyerUser)).isEqualTo(200);
        assertThat(status("/disputes/new", f.lawyerUser)).isEqualTo(403);
        assertThat(status("/disputes/export", f.lawyerUser)).isEqualTo(403);
        assertThat(page("/disputes", f.mediatorUser)).doesNotContain("data-dispute=\"" + onTeam + "\"");
    }

    @Test
    void anOfficerOfAnotherStationFindsNothing() throws Exception {
        long id = f.resolved();
        for (String path : List.of("/disputes/" + id, "/disputes/" + id + "/edit", "/disputes/" + id + "/agreement",
                "/disputes/" + id + "/close", "/disputes?area=" + f.station.station(),
                "/disputes/export?area=" + f.station.station())) {
            assertThat(status(path, f.otherOfficerUser)).as(path).isEqualTo(404);
        }
        assertThat(page("/disputes", f.otherOfficerUser)).doesNotContain("data-dispute=\"" + id + "\"");
        MockHttpServletResponse close = mvc.perform(post("/disputes/" + id + "/close").with(user(f.otherOfficerUser))
                .with(csrf()).param("version", String.valueOf(f.version(id))).param("callBackOn", "2026-01-01")
                .param("result", "x").param("satisfaction", "SATISFIED")).andReturn().getResponse();
        assertThat(close.getStatus()).isEqualTo(404);
    }

    @Test
    void listsMaskNumbersAndOnlyTheTeamAndSupervisorsSeeThemInFull() throws Exception {
        long id = f.report();
        SignedInUser colleague = f.territory.user("colleague", f.station.station(), Role.OFFICER);
        assertThat(page("/disputes?area=" + f.station.station(), f.supervisorUser)).contains("139****5678")
                .doesNotContain("13912345678");
        assertThat(page("/disputes/" + id, f.officerUser)).contains("13912345678").contains(DisputeFixtures.ID_NUMBER);
        assertThat(page("/disputes/" + id, f.supervisorUser)).contains(DisputeFixtures.ID_NUMBER);
        String masked = page("/disputes/" + id, colleague);
        assertThat(masked).contains("139****5678").doesNotContain("13912345678")
                .doesNotContain(DisputeFixtures.ID_NUMBER).contains(DisputeFixtures.ID_NUMBER.substring(0, 3) + "*");
        assertThat(status("/disputes/" + id + "/edit", colleague)).as("only the team edits").isEqualTo(409);
    }

    @Test
    void aDisputeOpenedFromAVisitIsPrefilledLinksBackAndTellsTheVisit() throws Exception {
        Origin visit = TimelineFixture.recordIn(jdbc, RecordKind.VISIT, f.grid, null);
        String form = page("/disputes/new?origin=" + visit.text() + "&gridId=" + f.grid + "&text=" + "楼道堆物引发争吵",
                f.officerUser);
        assertThat(form).contains("楼道堆物引发争吵").contains("value=\"" + visit.text() + "\"")
                .contains("href=\"" + visit.path() + "\"")
                .contains("<option value=\"VISIT\" selected=\"selected\">");

        Map<String, String> fields = intake();
        fields.put("origin", visit.text());
        String location = send("/disputes", f.officerUser, fields).getRedirectedUrl();
        assertThat(location).matches("/disputes/\\d+");
        long id = Long.parseLong(location.substring("/disputes/".length()));
        assertThat(events.stream(FindingFollowedUp.class).filter(e -> e.recordId() == id)).singleElement()
                .satisfies(e -> assertThat(e.origin().text()).isEqualTo(visit.text()));
        String detail = page(location, f.officerUser);
        assertThat(detail).contains("id=\"originLink\"").contains("href=\"" + visit.path() + "\"");
    }

    @Test
    void aFormSentTwiceTakesTheDisputeInOnce() throws Exception {
        Map<String, String> fields = intake();
        String first = send("/disputes", f.officerUser, fields).getRedirectedUrl();
        String second = send("/disputes", f.officerUser, fields).getRedirectedUrl();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void stepsThroughThePagesAndTheRefusedOnesAnswer409() throws Exception {
        long id = f.report();
        assertThat(send("/disputes/" + id + "/accept", f.auxiliaryUser, Map.of("version", v(id))).getStatus())
                .isEqualTo(409);
        assertThat(send("/disputes/" + id + "/accept", f.officerUser, Map.of("version", v(id))).getRedirectedUrl())
                .isEqualTo("/disputes/" + id);
        String stale = String.valueOf(f.version(id) - 1);
        assertThat(send("/disputes/" + id + "/mediate", f.officerUser, Map.of("version", stale)).getStatus())
                .isEqualTo(409);
        assertThat(send("/disputes/" + id + "/team", f.officerUser, Map.of("version", v(id), "personId",
                String.valueOf(f.lawyer))).getRedirectedUrl()).startsWith("/disputes/" + id);
        assertThat(send("/disputes/" + id + "/mediate", f.lawyerUser, Map.of("version", v(id))).getStatus())
                .isEqualTo(302);
        String now = LocalDateTime.now(RecordFilter.ZONE).truncatedTo(ChronoUnit.MINUTES).minusMinutes(5).toString();
        assertThat(send("/disputes/" + id + "/sessions", f.lawyerUser, Map.of("version", v(id), "heldAt", now,
                "attendees", "双方、赵律师", "summary", "达成初步意向")).getStatus()).isEqualTo(302);
        assertThat(send("/disputes/" + id + "/resolve", f.lawyerUser, Map.of("version", v(id), "agreement", "赔偿 800 元"))
                .getStatus()).isEqualTo(302);
        assertThat(page("/disputes/" + id + "/agreement", f.lawyerUser)).contains("赔偿 800 元")
                .contains(DisputeFixtures.ID_NUMBER);
        Map<String, String> callBack = Map.of("version", v(id), "callBackOn", LocalDateTime.now(RecordFilter.ZONE)
                .toLocalDate().toString(), "result", "已履行", "satisfaction", "SATISFIED");
        assertThat(send("/disputes/" + id + "/close", f.auxiliaryUser, callBack).getStatus()).isEqualTo(409);
        assertThat(send("/disputes/" + id + "/close", f.lawyerUser, callBack).getStatus()).isEqualTo(409);
        assertThat(send("/disputes/" + id + "/close", f.officerUser, callBack).getStatus()).isEqualTo(302);
        assertThat(f.state(id)).isEqualTo("CLOSED");
        assertThat(page("/disputes/" + id, f.officerUser)).contains("id=\"callBack\"");
    }

    @Test
    void theAgreementOfAnUnresolvedDisputeIsNotThere() throws Exception {
        long id = f.report();
        assertThat(status("/disputes/" + id + "/agreement", f.officerUser)).isEqualTo(409);
    }

    @Test
    void theExportHoldsExactlyTheFilteredRowsWithChineseHeaders() throws Exception {
        long labour = disputes.report(withCategory("LABOUR"), f.actor(f.officerUser));
        long neighbour = f.report();
        byte[] body = mvc.perform(get("/disputes/export?category=LABOUR&area=" + f.station.station())
                .with(user(f.supervisorUser))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("编号");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("纠纷类别");
            List<Long> ids = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                ids.add((long) sheet.getRow(i).getCell(0).getNumericCellValue());
                assertThat(sheet.getRow(i).getCell(3).getStringCellValue()).isEqualTo("劳资纠纷");
                assertThat(sheet.getRow(i).getCell(7).getStringCellValue()).doesNotContain("13912345678");
            }
            assertThat(ids).contains(labour).doesNotContain(neighbour);
        }
    }

    @Test
    void theListShowsRedOverdueDisputesWhenTheClockHasPassedTheirDeadline() throws Exception {
        long id = f.report();
        clock.set(Instant.now().plus(Duration.ofDays(5)));
        String red = page("/disputes?due=RED&area=" + f.station.station(), f.supervisorUser);
        assertThat(red).contains("data-dispute=\"" + id + "\" data-due=\"RED\"");
        assertThat(page("/disputes/" + id, f.supervisorUser)).contains("gw-due-RED");
        clock.reset();
        assertThat(page("/disputes?due=RED&area=" + f.station.station(), f.supervisorUser))
                .doesNotContain("data-dispute=\"" + id + "\"");
    }

    @Test
    void aNonFinitePointIsRefusedBesideTheGridPickerOnAWholePage() throws Exception {
        BadInputCorpus.refusesNonFinitePoint(mvc, f.officerUser, "/disputes", intake(), "lat", "lon");
        Map<String, String> withAnotherError = intake();
        withAnotherError.put("description", "");
        BadInputCorpus.refusesNonFinitePoint(mvc, f.officerUser, "/disputes", withAnotherError, "lat", "lon");
    }

    @Test
    void badInputOnTheIntakeFormIsAnsweredBesideTheFieldNeverWithAServerError() throws Exception {
        BadInputCorpus.attack(mvc, f.officerUser, "/disputes", intake());
        long id = f.report();
        Map<String, String> edit = intake();
        edit.put("version", v(id));
        edit.remove("submissionKey");
        BadInputCorpus.attack(mvc, f.officerUser, "/disputes/" + id, edit);
    }

    @Test
    void badInputOnTheStepFormsIsAnsweredWithoutAServerError() throws Exception {
        long mediating = f.mediating();
        String stale = "999999";
        BadInputCorpus.attack(mvc, f.officerUser, "/disputes/" + mediating + "/sessions", form("version", stale,
                "heldAt", "2026-07-01T10:00", "attendees", "双方", "summary", "调解"));
        BadInputCorpus.attack(mvc, f.officerUser, "/disputes/" + mediating + "/resolve", form("version", stale,
                "agreement", "和解"));
        BadInputCorpus.attack(mvc, f.officerUser, "/disputes/" + mediating + "/refer", form("version", stale,
                "body", "COURT", "note", "起诉"));
        BadInputCorpus.attack(mvc, f.officerUser, "/disputes/" + mediating + "/escalate", form("version", stale,
                "level", "STATION", "note", "群体性"));
        BadInputCorpus.attack(mvc, f.officerUser, "/disputes/" + mediating + "/team", form("version", stale,
                "personId", String.valueOf(f.communityMediator)));
        BadInputCorpus.attack(mvc, f.officerUser, "/disputes/" + mediating + "/mediate", form("version", stale));
        long resolved = f.resolved();
        BadInputCorpus.attack(mvc, f.officerUser, "/disputes/" + resolved + "/close", form("version", stale,
                "callBackOn", "2026-07-01", "result", "满意", "satisfaction", "SATISFIED"));
        long reported = f.report();
        BadInputCorpus.attack(mvc, f.officerUser, "/disputes/" + reported + "/accept", form("version", stale));
        assertThat(f.state(mediating)).isEqualTo("MEDIATING");
    }

    @Test
    void aWrongIdNumberOrPhoneIsShownBesideItsField() throws Exception {
        Map<String, String> fields = intake();
        fields.put("parties[0].idNumber", "220104198506153012");
        fields.put("parties[1].phone", "12345");
        String html = send("/disputes", f.officerUser, fields).getContentAsString();
        assertThat(html).contains("身份证号格式不正确").contains("请输入 11 位手机号码");
    }

    private org.gridwatch.dispute.DisputeData withCategory(String category) {
        org.gridwatch.dispute.DisputeData data = f.data(f.grid, null);
        return new org.gridwatch.dispute.DisputeData(data.gridId(), null,
                org.gridwatch.dispute.DisputeCategory.valueOf(category), data.risk(), data.source(), data.description(),
                data.occurredAt(), data.parties(), null);
    }

    private Map<String, String> intake() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("gridId", String.valueOf(f.grid));
        fields.put("parties[0].name", "刘大爷");
        fields.put("parties[0].phone", "13912345678");
        fields.put("parties[0].idNumber", DisputeFixtures.ID_NUMBER);
        fields.put("parties[1].name", "陈阿姨");
        fields.put("parties[1].phone", "0431-85551234");
        fields.put("category", "NEIGHBOUR");
        fields.put("risk", "LOW");
        fields.put("source", "WALK_IN");
        fields.put("description", "楼上漏水");
        fields.put("occurredAt", LocalDateTime.now(RecordFilter.ZONE).minusHours(2).truncatedTo(ChronoUnit.MINUTES)
                .toString());
        fields.put("placeId", "");
        fields.put("origin", "");
        fields.put("submissionKey", UUID.randomUUID().toString());
        return fields;
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private String v(long id) {
        return String.valueOf(f.version(id));
    }

    private MockHttpServletResponse send(String path, SignedInUser user, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(user(user)).with(csrf());
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private String page(String path, SignedInUser user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(String path, SignedInUser user) throws Exception {
        return mvc.perform(get(path).with(user(user))).andReturn().getResponse().getStatus();
    }
}
