package org.gridwatch.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestClock;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.place.PlaceManagement;
import org.gridwatch.shared.paging.BoundedCount;
import org.gridwatch.shared.paging.ListPaging;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Lists count their rows only up to {@code gridwatch.lists.count-limit} (here 21, one more than a page of visits):
 * beyond it they say "more than" and keep a working next link; below it, or on the last page, the exact figure.
 */
@IntegrationTest
@TestPropertySource(properties = "gridwatch.lists.count-limit=21")
class ListCountLimitTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PeopleManagement people;
    @Autowired PlaceManagement places;
    @Autowired DutyManagement duty;
    @Autowired VisitManagement visits;
    @Autowired ListPaging paging;
    @Autowired TestClock clock;

    VisitFixtures.World w;

    @BeforeEach
    void world() {
        clock.reset();
        w = new VisitFixtures(jdbc, accounts, users, people, places, duty).world(LocalDate.now(clock));
    }

    @Test
    void aListLongerThanTheLimitSaysMoreThanAndStillPagesOn() throws Exception {
        for (int i = 0; i < 22; i++) {
            visits.create(w.householdVisit(clock.instant().minus(Duration.ofHours(i + 1))), List.of(),
                    AreaScope.everything(), w.recorderA());
        }
        String area = "" + w.t.gridA1;

        String first = body(get("/visits").param("area", area));
        assertThat(first).contains("超过 21 条走访").doesNotContain("共 22 条").contains("第 1 页")
                .doesNotContain("第 1 / 2 页").contains("rel=\"next\"");
        assertThat(body(get("/visits").param("area", area).param("lang", "en"))).contains("More than 21 visits");

        String next = body(get("/visits").param("area", area).param("page", "1"));
        assertThat(next).contains("共 22 条走访").contains("第 2 / 2 页");
        assertThat(next.split("<tr").length - 2).isEqualTo(2); // the header row aside, the two oldest visits
    }

    @Test
    void aListWithinTheLimitShowsItsExactCount() throws Exception {
        visits.create(w.householdVisit(clock.instant().minus(Duration.ofHours(1))), List.of(),
                AreaScope.everything(), w.recorderA());

        assertThat(body(get("/visits").param("area", "" + w.t.gridA1))).contains("共 1 条走访")
                .doesNotContain("超过");
        assertThat(body(get("/visits").param("area", "" + w.t.gridA2))).contains("共 0 条走访");
    }

    @Test
    void theCountStopsAtTheLimitWhenThePageAloneDoesNotTellTheTotal() {
        var page = paging.page(PageRequest.of(0, 2), (limit, offset) -> List.of(1, 2, 3), max -> max);
        assertThat(page.getContent()).containsExactly(1, 2);
        assertThat(page.hasNext()).isTrue();
        assertThat(page.getCount()).isEqualTo(BoundedCount.moreThan(21));
        assertThat(page.isTotalKnown()).isFalse();

        var small = paging.page(PageRequest.of(0, 2), (limit, offset) -> List.of(1, 2, 3), max -> 5);
        assertThat(small.getCount()).isEqualTo(BoundedCount.exactly(5));
        assertThat(small.getTotalPages()).isEqualTo(3);

        var last = paging.page(PageRequest.of(3, 2), (limit, offset) -> List.of(7), max -> {
            throw new AssertionError("the last page needs no count");
        });
        assertThat(last.getCount()).isEqualTo(BoundedCount.exactly(7));
        assertThat(last.hasNext()).isFalse();
    }

    String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(w.officerA))).andReturn().getResponse().getContentAsString();
    }
}
