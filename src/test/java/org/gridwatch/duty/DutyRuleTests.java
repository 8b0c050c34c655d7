package org.gridwatch.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridwatch.IntegrationTest;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.PersonKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** One responsible officer and one liaison per grid at a time, guaranteed by PostgreSQL, shown as field errors. */
@IntegrationTest
class DutyRuleTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;

    DutyFixtures territory;
    DutyFixtures.Station station;
    SignedInUser admin;

    @BeforeEach
    void setUp() {
        territory = new DutyFixtures(jdbc, accounts, users);
        station = territory.station("临河", 3);
        admin = territory.user("duty-admin", station.branch(), Role.ADMIN);
    }

    @Test
    void twoSimultaneousResponsibleOfficersForOneGridLetExactlyOneSucceed() throws Exception {
        long grid = station.grids()[0];
        long first = territory.person(PersonKind.OFFICER, "张伟", station.station());
        long second = territory.person(PersonKind.OFFICER, "李强", station.station());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MockHttpServletResponse>> results = new ArrayList<>();
            for (long person : new long[] {first, second}) {
                results.add(pool.submit(() -> {
                    start.await();
                    return assign(grid, person, "RESPONSIBLE_OFFICER", "2026-01-01", "");
                }));
            }
            start.countDown();
            List<MockHttpServletResponse> responses = new ArrayList<>();
            for (Future<MockHttpServletResponse> result : results) {
                responses.add(result.get());
            }
            assertThat(responses).filteredOn(r -> r.getStatus() == 302).hasSize(1);
            assertThat(responses).filteredOn(r -> r.getStatus() == 200)
                    .singleElement()
                    .satisfies(r -> assertThat(r.getContentAsString())
                            .contains("该网格在这段时间已有责任民警").contains("is-invalid"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from duty_assignment where grid_id = ? and role = 'RESPONSIBLE_OFFICER'")
                .param(grid).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSecondOfficerOverlappingInTimeIsAFieldErrorButAfterTheFirstEndsIsFine() throws Exception {
        long grid = station.grids()[1];
        long first = territory.person(PersonKind.OFFICER, "王军", station.station());
        long second = territory.person(PersonKind.OFFICER, "赵磊", station.station());
        assertThat(assign(grid, first, "RESPONSIBLE_OFFICER", "2026-01-01", "2026-03-31").getStatus()).isEqualTo(302);

        MockHttpServletResponse overlapping = assign(grid, second, "RESPONSIBLE_OFFICER", "2026-03-31", "");
        assertThat(overlapping.getStatus()).isEqualTo(200);
        assertThat(overlapping.getContentAsString()).contains("该网格在这段时间已有责任民警");

        assertThat(assign(grid, second, "RESPONSIBLE_OFFICER", "2026-04-01", "").getStatus()).isEqualTo(302);
    }

    @Test
    void aSecondLiaisonAtTheSameTimeIsRefusedButAuxiliariesMayBeMany() throws Exception {
        long grid = station.grids()[2];
        long worker = territory.person(PersonKind.GRID_WORKER, "刘芳", station.community());
        long volunteer = territory.person(PersonKind.VOLUNTEER, "陈静", station.community());
        long aux1 = territory.person(PersonKind.AUXILIARY, "孙浩", station.station());
        long aux2 = territory.person(PersonKind.AUXILIARY, "周斌", station.station());
        assertThat(assign(grid, worker, "LIAISON", "2026-01-01", "").getStatus()).isEqualTo(302);
        MockHttpServletResponse second = assign(grid, volunteer, "LIAISON", "2026-02-01", "");
        assertThat(second.getContentAsString()).contains("该网格在这段时间已有联络员");
        assertThat(assign(grid, aux1, "AUXILIARY", "2026-01-01", "").getStatus()).isEqualTo(302);
        assertThat(assign(grid, aux2, "AUXILIARY", "2026-01-01", "").getStatus()).isEqualTo(302);
    }

    @Test
    void aPersonOfTheWrongKindOrBadDatesOrAnUnknownRoleAreFieldErrorsNotServerErrors() throws Exception {
        long grid = station.grids()[0];
        long auxiliary = territory.person(PersonKind.AUXILIARY, "吴迪", station.station());
        long officer = territory.person(PersonKind.OFFICER, "郑宇", station.station());

        assertThat(assign(grid, auxiliary, "RESPONSIBLE_OFFICER", "2026-01-01", "").getContentAsString())
                .contains("责任民警必须是民警");
        assertThat(assign(grid, officer, "LIAISON", "2026-01-01", "").getContentAsString())
                .contains("联络员必须是网格员或志愿者");
        MockHttpServletResponse backwards = assign(grid, officer, "AUXILIARY", "2026-05-01", "2026-04-01");
        assertThat(backwards.getStatus()).isEqualTo(200);
        MockHttpServletResponse unknownRole = assign(grid, officer, "CHIEF", "2026-01-01", "");
        assertThat(unknownRole.getStatus()).isEqualTo(200);
        assertThat(unknownRole.getContentAsString()).contains("请选择列表中的岗位");
        MockHttpServletResponse badDate = assign(grid, officer, "RESPONSIBLE_OFFICER", "2026-13-45", "");
        assertThat(badDate.getStatus()).isEqualTo(200);
        assertThat(badDate.getContentAsString()).contains("请输入有效的日期");
        assertThat(jdbc.sql("select count(*) from duty_assignment where grid_id = ?").param(grid)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theEndDateBeforeTheStartIsRefusedBesideTheField() throws Exception {
        long grid = station.grids()[1];
        long auxiliary = territory.person(PersonKind.AUXILIARY, "冯涛", station.station());
        MockHttpServletResponse response = assign(grid, auxiliary, "AUXILIARY", "2026-05-01", "2026-04-01");
        assertThat(response.getContentAsString()).contains("截止日期不能早于起始日期");
    }

    private MockHttpServletResponse assign(long grid, long person, String role, String from, String to)
            throws Exception {
        return mvc.perform(post("/duty/grids/{id}/assignments", grid).with(user(admin)).with(csrf())
                        .param("role", role).param("personId", String.valueOf(person))
                        .param("validFrom", from).param("validTo", to).param("note", ""))
                .andReturn().getResponse();
    }
}
