package org.gridwatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridwatch.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class FormSubmissionsTests {

    @Autowired FormSubmissions submissions;

    @Test
    void aRepeatedKeyReturnsTheFirstOutcomeWithoutActingAgain() {
        String key = FormSubmissions.newKey();
        AtomicInteger created = new AtomicInteger();
        String first = submissions.once(key, () -> "/records/" + created.incrementAndGet());
        String second = submissions.once(key, () -> "/records/" + created.incrementAndGet());
        assertThat(first).isEqualTo("/records/1");
        assertThat(second).isEqualTo("/records/1");
        assertThat(created).hasValue(1);
    }

    @Test
    void twoRacingRequestsWithOneKeyActOnce() throws Exception {
        String key = FormSubmissions.newKey();
        AtomicInteger created = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> submit = () -> {
            start.await();
            return submissions.once(key, () -> {
                int n = created.incrementAndGet();
                sleepALittle();
                return "/records/" + n;
            });
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = List.of(pool.submit(submit), pool.submit(submit));
            start.countDown();
            assertThat(results.get(0).get()).isEqualTo(results.get(1).get());
        } finally {
            pool.shutdownNow();
        }
        assertThat(created).hasValue(1);
    }

    @Test
    void aFailedActionLeavesTheKeyFreeForTheRetry() {
        String key = FormSubmissions.newKey();
        try {
            submissions.once(key, () -> {
                throw new IllegalStateException("validation failed deeper down");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back with the key
        }
        assertThat(submissions.once(key, () -> "/records/7")).isEqualTo("/records/7");
    }

    @Test
    void aKeyUsedByAnotherAccountIsANewSubmissionOfTheirOwn() {
        String key = FormSubmissions.newKey();
        AtomicInteger created = new AtomicInteger();
        String linhes = as("officer.linhe", () -> submissions.once(key, () -> "/visits/" + created.incrementAndGet()));
        String dongfangs = as("officer.dongfang",
                () -> submissions.once(key, () -> "/visits/" + created.incrementAndGet()));
        String linhesAgain = as("officer.linhe",
                () -> submissions.once(key, () -> "/visits/" + created.incrementAndGet()));
        assertThat(linhes).isEqualTo("/visits/1");
        assertThat(dongfangs).isEqualTo("/visits/2");
        assertThat(linhesAgain).isEqualTo("/visits/1");
        assertThat(created).hasValue(2);
    }

    private static String as(String username, java.util.function.Supplier<String> action) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aMissingKeyStillSavesTheRecord() {
        assertThat(submissions.once(null, () -> "/records/9")).isEqualTo("/records/9");
        assertThat(submissions.once("not-a-uuid", () -> "/records/10")).isEqualTo("/records/10");
    }

    private static void sleepALittle() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
