package org.gridwatch.dispute.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestClock;
import org.gridwatch.dispute.DisputeDirectory;
import org.gridwatch.dispute.DisputeFixtures;
import org.gridwatch.dispute.DisputeManagement;
import org.gridwatch.dispute.Escalation;
import org.gridwatch.dispute.EscalationLevel;
import org.gridwatch.dispute.ReceivingBody;
import org.gridwatch.dispute.Referral;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.identity.AccountManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two people move the same dispute at the same moment, both from a page showing the same version: exactly one
 * step happens and the other person gets the 409 page. Real concurrent requests, released together by a latch.
 */
@IntegrationTest
class DisputeConcurrencyTests {

    private static final int ROUNDS = 5;

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
    TestClock clock;

    DisputeFixtures f;
    ExecutorService pool;

    @BeforeEach
    void setUp() {
        clock.reset();
        f = new DisputeFixtures(jdbc, accounts, users, duty, directory, disputes);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void twoRacingRequestsOnTheSameVersionMoveTheDisputeOnceAndTheOtherGets409() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = f.report();
            String version = String.valueOf(f.version(id));
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> accept = () -> {
                start.await();
                return mvc.perform(post("/disputes/" + id + "/accept").with(user(f.officerUser)).with(csrf())
                        .param("version", version)).andReturn().getResponse().getStatus();
            };
            Callable<Integer> acceptAsSupervisor = () -> {
                start.await();
                return mvc.perform(post("/disputes/" + id + "/accept").with(user(f.supervisorUser)).with(csrf())
                        .param("version", version)).andReturn().getResponse().getStatus();
            };
            List<Future<Integer>> answers = List.of(pool.submit(accept), pool.submit(acceptAsSupervisor));
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(302, 409);
            assertThat(f.state(id)).isEqualTo("ACCEPTED");
            assertThat(steps(id, "ACCEPTED")).as("one acceptance on the timeline").isEqualTo(1);
        }
    }

    @Test
    void twoRacingTransitionsThroughTheFacadeLeaveExactlyOneOfThem() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = f.report();
            disputes.accept(id, f.version(id), f.actor(f.officerUser));
            long version = f.version(id);
            CountDownLatch start = new CountDownLatch(1);
            Callable<Boolean> refer = () -> attempt(start, () -> disputes.refer(id, version,
                    new Referral(ReceivingBody.COURT, "起诉"), f.actor(f.officerUser)));
            Callable<Boolean> escalate = () -> attempt(start, () -> disputes.escalate(id, version,
                    new Escalation(EscalationLevel.STATION, "群体性"), f.actor(f.supervisorUser)));
            Future<Boolean> referred = pool.submit(refer);
            Future<Boolean> escalated = pool.submit(escalate);
            start.countDown();
            boolean first = referred.get(60, TimeUnit.SECONDS);
            boolean second = escalated.get(60, TimeUnit.SECONDS);
            assertThat(first ^ second).as("exactly one of the two in round " + round).isTrue();
            assertThat(f.state(id)).isEqualTo(first ? "REFERRED" : "ESCALATED");
            assertThat(steps(id, "REFERRED") + steps(id, "ESCALATED")).isEqualTo(1);
        }
    }

    /** Runs the step once the latch opens; false when it lost the race (stale version or optimistic lock). */
    private static boolean attempt(CountDownLatch start, Runnable step) throws InterruptedException {
        start.await();
        try {
            step.run();
            return true;
        } catch (org.gridwatch.shared.web.StaleEditException
                | org.springframework.orm.ObjectOptimisticLockingFailureException lost) {
            return false;
        }
    }

    private int steps(long id, String kind) {
        return jdbc.sql("select count(*) from dispute_step where dispute_id = ? and kind = ?").params(id, kind)
                .query(Integer.class).single();
    }
}
