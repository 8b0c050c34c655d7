package org.gridwatch.partybuilding.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.gridwatch.BadInputCorpus;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.partybuilding.ActivityData;
import org.gridwatch.partybuilding.ActivityKind;
import org.gridwatch.partybuilding.ActivityView;
import org.gridwatch.partybuilding.AgreementData;
import org.gridwatch.partybuilding.AgreementView;
import org.gridwatch.partybuilding.BranchData;
import org.gridwatch.partybuilding.BranchView;
import org.gridwatch.partybuilding.PartyBuildingDirectory;
import org.gridwatch.partybuilding.PartyBuildingManagement;
import org.gridwatch.partybuilding.PartyFixtures;
import org.gridwatch.partybuilding.PioneerData;
import org.gridwatch.partybuilding.PioneerKind;
import org.gridwatch.partybuilding.PioneerView;
import org.gridwatch.people.PersonKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PartyBuildingPagesTests {

    static final AreaScope ALL = AreaScope.everything();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PartyBuildingManagement party;
    @Autowired PartyBuildingDirectory directory;

    TestTerritory t;
    SignedInUser supervisorA;
    long officerA;
    long auxiliaryA;
    long officerB;
    BranchView branchA;
    BranchView communityBranchA;
    BranchView branchB;
    AgreementView agreementB;
    ActivityView activityB;
    PioneerView pioneerB;
    LocalDate today;

    @BeforeEach
    void territory() {
        t = TestTerritory.create(jdbc);
        today = directory.today();
        supervisorA = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        officerA = PartyFixtures.person(jdbc, PersonKind.OFFICER, "甲民警" + t.suffix, t.communityA);
        auxiliaryA = PartyFixtures.person(jdbc, PersonKind.AUXILIARY, "甲辅警" + t.suffix, t.communityA);
        officerB = PartyFixtures.person(jdbc, PersonKind.OFFICER, "乙民警" + t.suffix, t.communityB);
        long officerB2 = PartyFixtures.person(jdbc, PersonKind.OFFICER, "乙民警二" + t.suffix, t.communityB);
        branchA = party.createBranch(new BranchData("甲所党支部" + t.suffix, t.stationA, null, officerA, Set.of(), null), ALL);
        communityBranchA = party.createBranch(new BranchData("甲社区党支部" + t.suffix, t.communityA, null, null,
                Set.of(), null), ALL);
        branchB = party.createBranch(new BranchData("乙所党支部" + t.suffix, t.stationB, null, officerB, Set.of(), null), ALL);
        BranchView communityB = party.createBranch(new BranchData("乙社区党支部" + t.suffix, t.communityB, null, officerB2,
                Set.of(), null), ALL);
        agreementB = party.createAgreement(new AgreementData("乙共建" + t.suffix, today, today, today.plusYears(1),
                Set.of(branchB.id(), communityB.id()), List.of("目标")), ALL);
        activityB = party.createActivity(new ActivityData(ActivityKind.THEME_DAY, today, "乙主题党日" + t.suffix,
                Set.of(branchB.id()), agreementB.id(), Set.of(officerB), 20, "学习"), List.of(), null, ALL);
        pioneerB = party.createPioneer(new PioneerData(PioneerKind.PIONEER, officerB, t.gridB1, "护学岗", today, null), ALL);
    }

    Document page(SignedInUser user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    @Test
    void aSupervisorOfOneStationGetsNotFoundForAnotherStationsPartyRecords() throws Exception {
        for (String path : List.of("/party/branches/" + branchB.id(), "/party/branches/" + branchB.id() + "/edit",
                "/party/agreements/" + agreementB.id(), "/party/agreements/" + agreementB.id() + "/edit",
                "/party/activities/" + activityB.id(), "/party/activities/" + activityB.id() + "/edit",
                "/party/activities/" + activityB.id() + "/photos/1", "/party/pioneers/" + pioneerB.id(),
                "/party/pioneers/" + pioneerB.id() + "/edit", "/partybuilding/grids/" + t.gridB1 + "/pioneers",
                "/party/branches?area=" + t.stationB, "/party/activities/new?agreement=" + agreementB.id())) {
            mvc.perform(get(path).with(user(supervisorA))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/party/branches/" + branchB.id()).with(user(supervisorA)).with(csrf())
                .param("name", "改名").param("areaId", "" + t.stationA).param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/party/agreements/" + agreementB.id() + "/end").with(user(supervisorA)).with(csrf())
                .param("version", "" + agreementB.version())).andExpect(status().isNotFound());
        String list = mvc.perform(get("/party/branches").with(user(supervisorA))).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains(branchA.name()).doesNotContain(branchB.name());
        assertThat(page(supervisorA, "/party/activities").text()).doesNotContain(activityB.title());
        assertThat(page(supervisorA, "/party/agreements").text()).doesNotContain(agreementB.title());
    }

    @Test
    void officersReadThePartyPagesButOnlySupervisorsAndAdminsChangeThem() throws Exception {
        SignedInUser officer = TestTerritory.user(accounts, users, t.stationA, Role.OFFICER);
        SignedInUser auxiliary = TestTerritory.user(accounts, users, t.stationA, Role.AUXILIARY);
        SignedInUser mediator = TestTerritory.user(accounts, users, t.stationA, Role.MEDIATOR);
        Document detail = page(officer, "/party/branches/" + branchA.id());
        assertThat(detail.select("#editBranch")).isEmpty();
        assertThat(detail.select("#members").text()).contains("甲民警" + t.suffix);
        for (String path : List.of("/party/branches/new", "/party/agreements/new", "/party/activities/new",
                "/party/pioneers/new", "/party/branches/" + branchA.id() + "/edit")) {
            mvc.perform(get(path).with(user(officer))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/party/branches").with(user(officer)).with(csrf()).param("name", "x")
                .param("areaId", "" + t.stationA)).andExpect(status().isForbidden());
        mvc.perform(get("/party/branches").with(user(auxiliary))).andExpect(status().isForbidden());
        mvc.perform(get("/partybuilding/grids/" + t.gridA1 + "/pioneers").with(user(auxiliary))).andExpect(status().isOk());
        mvc.perform(get("/partybuilding/grids/" + t.gridA1 + "/pioneers").with(user(mediator)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/party/branches").with(user(mediator))).andExpect(status().isForbidden());
    }

    @Test
    void everyFormAnswersHostileInputBesideTheFieldsNeverWithAServerError() throws Exception {
        Map<String, String> branch = new LinkedHashMap<>();
        branch.put("name", "攻击支部" + t.suffix);
        branch.put("areaId", "" + t.communityA);
        branch.put("partnerUnitId", "");
        branch.put("secretaryId", "" + auxiliaryA);
        branch.put("memberIds", "" + auxiliaryA);
        branch.put("notes", "备注");
        branch.put("submissionKey", java.util.UUID.randomUUID().toString());
        BadInputCorpus.attack(mvc, supervisorA, "/party/branches", branch);

        Map<String, String> edit = new LinkedHashMap<>(branch);
        edit.remove("submissionKey");
        edit.put("name", communityBranchA.name());
        edit.put("version", "" + communityBranchA.version());
        BadInputCorpus.attack(mvc, supervisorA, "/party/branches/" + communityBranchA.id(), edit);

        Map<String, String> agreement = new LinkedHashMap<>();
        agreement.put("title", "共建" + t.suffix);
        agreement.put("signedOn", today.toString());
        agreement.put("validFrom", today.toString());
        agreement.put("validTo", today.plusYears(1).toString());
        agreement.put("branchIds", "" + branchA.id());
        agreement.put("goals", "联合巡逻\n共同宣传");
        agreement.put("submissionKey", java.util.UUID.randomUUID().toString());
        BadInputCorpus.attack(mvc, supervisorA, "/party/agreements", agreement);

        Map<String, String> activity = new LinkedHashMap<>();
        activity.put("kind", "VOLUNTEER");
        activity.put("heldOn", today.toString());
        activity.put("title", "志愿服务" + t.suffix);
        activity.put("branchIds", "" + branchA.id());
        activity.put("agreementId", "");
        activity.put("personIds", "" + officerA);
        activity.put("participantCount", "8");
        activity.put("summary", "义诊");
        activity.put("submissionKey", java.util.UUID.randomUUID().toString());
        BadInputCorpus.attack(mvc, supervisorA, "/party/activities", activity);

        Map<String, String> pioneer = new LinkedHashMap<>();
        pioneer.put("kind", "MODEL");
        pioneer.put("personId", "" + officerA);
        pioneer.put("gridId", "" + t.gridA1);
        pioneer.put("duty", "护学岗");
        pioneer.put("validFrom", today.toString());
        pioneer.put("validTo", "");
        pioneer.put("submissionKey", java.util.UUID.randomUUID().toString());
        BadInputCorpus.attack(mvc, supervisorA, "/party/pioneers", pioneer);

        AgreementView mine = party.createAgreement(new AgreementData("可结束" + t.suffix, today, today, today.plusYears(1),
                Set.of(branchA.id(), communityBranchA.id()), List.of("目标")), ALL);
        Map<String, String> agreementEdit = new LinkedHashMap<>(agreement);
        agreementEdit.remove("submissionKey");
        agreementEdit.put("branchIds", "" + communityBranchA.id());
        agreementEdit.put("version", "" + mine.version());
        BadInputCorpus.attack(mvc, supervisorA, "/party/agreements/" + mine.id(), agreementEdit);

        ActivityView activityA = party.createActivity(new ActivityData(ActivityKind.OTHER, today, "可编辑" + t.suffix,
                Set.of(branchA.id()), null, Set.of(), 3, "x"), List.of(), null, ALL);
        Map<String, String> activityEdit = new LinkedHashMap<>(activity);
        activityEdit.remove("submissionKey");
        activityEdit.put("version", "" + activityA.version());
        BadInputCorpus.attack(mvc, supervisorA, "/party/activities/" + activityA.id(), activityEdit);

        PioneerView postA = party.createPioneer(new PioneerData(PioneerKind.PIONEER, officerA, t.gridA2, null, today,
                null), ALL);
        Map<String, String> pioneerEdit = new LinkedHashMap<>(pioneer);
        pioneerEdit.remove("submissionKey");
        pioneerEdit.put("version", "" + postA.version());
        BadInputCorpus.attack(mvc, supervisorA, "/party/pioneers/" + postA.id(), pioneerEdit);

        BadInputCorpus.attack(mvc, supervisorA, "/party/agreements/" + mine.id() + "/end",
                Map.of("version", "" + mine.version()));
    }

    @Test
    void rulesBrokenOnAFormAreShownBesideTheirFields() throws Exception {
        mvc.perform(post("/party/branches").with(user(supervisorA)).with(csrf()).param("name", "两头" + t.suffix)
                        .param("areaId", "" + t.stationA).param("partnerUnitId", "1"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("branch", "areaId",
                        "party.branch.home.both"));
        mvc.perform(post("/party/branches").with(user(supervisorA)).with(csrf()).param("name", "重复" + t.suffix)
                        .param("areaId", "" + t.communityA).param("memberIds", "" + officerA))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("branch", "memberIds",
                        "party.members.elsewhere"));
        String page = mvc.perform(post("/party/branches").with(user(supervisorA)).with(csrf())
                        .param("name", "重复" + t.suffix).param("areaId", "" + t.communityA)
                        .param("memberIds", "" + officerA))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("#memberIds-error, .invalid-feedback").text())
                .contains("已是其他党支部的党员").contains("甲民警" + t.suffix);
        mvc.perform(post("/party/agreements").with(user(supervisorA)).with(csrf()).param("title", "单方" + t.suffix)
                        .param("signedOn", today.toString()).param("validFrom", today.toString())
                        .param("validTo", today.minusDays(1).toString()).param("branchIds", "" + branchA.id())
                        .param("goals", "目标"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("agreement", "branchIds", "validTo"));
        mvc.perform(post("/party/pioneers").with(user(supervisorA)).with(csrf()).param("kind", "PIONEER")
                        .param("personId", "" + auxiliaryA).param("gridId", "" + t.gridA1)
                        .param("validFrom", today.toString()))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("pioneer", "personId",
                        "party.pioneer.person.notMember"));
        mvc.perform(post("/party/activities").with(user(supervisorA)).with(csrf()).param("kind", "OTHER")
                        .param("heldOn", today.toString()).param("title", "x").param("summary", "y")
                        .param("branchIds", "" + branchA.id()).param("agreementId", "" + agreementB.id()))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("activity", "agreementId",
                        "party.activity.agreement.invalid"));
    }

    @Test
    void aStaleEditShowsTheFormAgainWithTheInputKeptAndStatus409() throws Exception {
        party.changeBranch(branchA.id(), branchA.version(), new BranchData(branchA.name(), t.stationA, null, officerA,
                Set.of(auxiliaryA), "别人先改了"), ALL);
        String page = mvc.perform(post("/party/branches/" + branchA.id()).with(user(supervisorA)).with(csrf())
                        .param("name", "我的改名" + t.suffix).param("areaId", "" + t.stationA)
                        .param("version", "" + branchA.version()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("我的改名" + t.suffix).contains("记录已被他人修改");
        AgreementView mine = party.createAgreement(new AgreementData("可结束" + t.suffix, today, today, today.plusYears(1),
                Set.of(branchA.id(), communityBranchA.id()), List.of("目标")), ALL);
        mvc.perform(post("/party/agreements/" + mine.id() + "/end").with(user(supervisorA)).with(csrf())
                .param("version", "" + mine.version())).andExpect(redirectedUrlPattern("/party/agreements/*"));
        mvc.perform(post("/party/agreements/" + mine.id() + "/end").with(user(supervisorA)).with(csrf())
                .param("version", "" + mine.version())).andExpect(status().isConflict());
    }

    @Test
    void aFormSentTwiceCreatesOneRecord() throws Exception {
        String key = java.util.UUID.randomUUID().toString();
        String name = "双击支部" + t.suffix;
        String first = null;
        for (int send = 0; send < 2; send++) {
            String target = mvc.perform(post("/party/branches").with(user(supervisorA)).with(csrf())
                            .param("name", name).param("areaId", "" + t.communityA).param("submissionKey", key))
                    .andExpect(redirectedUrlPattern("/party/branches/*")).andReturn().getResponse().getRedirectedUrl();
            first = first == null ? target : first;
            assertThat(target).isEqualTo(first);
        }
        assertThat(jdbc.sql("select count(*) from party_branch where name = ?").param(name).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anActivityKeepsItsPhotosAndServesThemOnlyWithinScope() throws Exception {
        MockMultipartFile photo = new MockMultipartFile("photos", "activity.png", "image/png", png());
        String target = mvc.perform(multipart("/party/activities").file(photo).with(user(supervisorA)).with(csrf())
                        .param("kind", "JOINT_ACTIVITY").param("heldOn", today.toString())
                        .param("title", "警社联建" + t.suffix).param("summary", "联合宣传")
                        .param("branchIds", "" + branchA.id(), "" + communityBranchA.id())
                        .param("personIds", "" + officerA))
                .andExpect(redirectedUrlPattern("/party/activities/*")).andReturn().getResponse().getRedirectedUrl();
        Document detail = page(supervisorA, target);
        assertThat(detail.select("#participantCount").text()).isEqualTo("1");
        String thumb = detail.select(".gw-thumb").attr("src");
        assertThat(thumb).startsWith(target + "/photos/");
        mvc.perform(get(thumb).with(user(supervisorA))).andExpect(status().isOk());
        SignedInUser supervisorB = TestTerritory.user(accounts, users, t.stationB, Role.SUPERVISOR);
        mvc.perform(get(thumb).with(user(supervisorB))).andExpect(status().isNotFound());
    }

    @Test
    void theGridsDutyCardLoadsItsCurrentPioneerPosts() throws Exception {
        party.changeBranch(branchA.id(), branchA.version(), new BranchData(branchA.name(), t.stationA, null, officerA,
                Set.of(auxiliaryA), null), ALL);
        party.createPioneer(new PioneerData(PioneerKind.MODEL, auxiliaryA, t.gridA1, "夜巡示范", today, null), ALL);
        Document card = page(supervisorA, "/duty/grids/" + t.gridA1);
        assertThat(card.select("[hx-get]").eachAttr("hx-get")).contains("/partybuilding/grids/" + t.gridA1 + "/pioneers");
        Document fragment = page(supervisorA, "/partybuilding/grids/" + t.gridA1 + "/pioneers");
        assertThat(fragment.select(".gw-pioneers").text()).contains("甲辅警" + t.suffix).contains("夜巡示范")
                .contains("党员示范岗");
        SignedInUser officer = TestTerritory.user(accounts, users, t.stationA, Role.OFFICER);
        String empty = mvc.perform(get("/partybuilding/grids/" + t.gridA2 + "/pioneers").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty.strip()).isEmpty();
    }

    @Test
    void theBranchListCountsActivitiesOfThePeriodPerBranchAndForTheArea() throws Exception {
        party.createActivity(new ActivityData(ActivityKind.VOLUNTEER, today, "志愿服务" + t.suffix,
                Set.of(branchA.id(), communityBranchA.id()), null, Set.of(), 15, "服务"), List.of(), null, ALL);
        Document list = page(supervisorA, "/party/branches?area=" + t.stationA + "&from=" + today + "&to=" + today);
        assertThat(list.select("#activityCounts").text()).contains("共开展活动 1 次").contains("参与 15 人次");
        assertThat(list.select("#branchTable tbody tr")).hasSize(2);
        assertThat(list.select("#branchTable tbody tr").eachText()).allMatch(row -> row.endsWith(" 1"));
        Document before = page(supervisorA, "/party/branches?area=" + t.stationA + "&from=2000-01-01&to=2000-12-31");
        assertThat(before.select("#activityCounts").text()).contains("共开展活动 0 次");
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
