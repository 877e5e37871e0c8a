package com.salescalls.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.calls.CallService;
import com.salescalls.support.Api;
import com.salescalls.support.RedisIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/v1/analytics/recalculate and its job. Failures are real: another connection holds the rollups lock,
 * so an attempt times out waiting for it (app.analytics.lock-timeout) as it would behind a stuck writer.
 */
@RedisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecalculationIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    CallService calls;

    @Autowired
    AnalysisService pipeline;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    String admin;

    @BeforeAll
    void storeCalls() {
        StoredCalls.ensure(calls, pipeline);
        admin = api.adminToken();
    }

    @Test
    void rebuildsRollupsThatDriftedAndReportsTheJob() {
        String agent = api.get("/api/v1/analytics/agents?sort=-total_calls", admin).body().get("agents").get(0)
                .get("agent_id").asString();
        long before = totalCalls(agent);
        jdbc.sql("UPDATE agent_daily_rollups SET calls = calls + 1000 WHERE agent_id = ?").param(agent).update();
        jdbc.sql("DELETE FROM agent_daily_rollups WHERE agent_id <> ?").param(agent).update();

        Api.Response accepted = api.postJson("/api/v1/analytics/recalculate", "", admin);
        assertThat(accepted.status()).isEqualTo(202);
        String jobId = accepted.body().get("job_id").asString();
        assertThat(accepted.header("Location")).isEqualTo("/api/v1/jobs/" + jobId);
        assertThat(accepted.body().get("kind").asString()).isEqualTo("analytics.recalculate");
        assertThat(accepted.body().get("state").asString()).isIn("queued", "running", "succeeded");

        JsonNode job = awaitJob(jobId, j -> j.get("state").asString().equals("succeeded"));
        assertThat(job.get("attempts").asInt()).isEqualTo(1);
        assertThat(job.get("detail").asString()).contains("Rebuilt").contains("agent-day rollups")
                .doesNotContain("(0 had to change)");
        assertThat(Instant.parse(job.get("started_at").asString()))
                .isBeforeOrEqualTo(Instant.parse(job.get("finished_at").asString()));
        assertThat(job.get("requested_by").asString()).isEqualTo(Api.ADMIN);
        assertThat(totalCalls(agent)).isEqualTo(before);
        assertThat(api.get("/api/v1/analytics/agents", admin).body().get("agents").size()).isGreaterThan(1);
    }

    @Test
    void failedAttemptIsRetriedAndSucceedsOnceTheLockIsFree() throws Exception {
        String jobId;
        try (Connection blocker = dataSource.getConnection()) {
            lock(blocker, true);
            jobId = api.postJson("/api/v1/analytics/recalculate", "", admin).body().get("job_id").asString();
            JsonNode waiting = awaitJob(jobId, j -> j.get("detail").asString().contains("retrying"));
            assertThat(waiting.get("state").asString()).isIn("queued", "running");
            assertThat(waiting.get("detail").asString()).contains("Attempt 1 of 3 failed").contains("lock timeout");
            lock(blocker, false);
        }
        JsonNode done = awaitJob(jobId, j -> j.get("state").asString().equals("succeeded"));
        assertThat(done.get("attempts").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void runThatKeepsFailingIsReportedFailedAfterItsRetries() throws Exception {
        JsonNode failed;
        try (Connection blocker = dataSource.getConnection()) {
            lock(blocker, true);
            String jobId = api.postJson("/api/v1/analytics/recalculate", "", admin).body().get("job_id").asString();
            failed = awaitJob(jobId, j -> j.get("state").asString().equals("failed"));
            lock(blocker, false);
        }
        assertThat(failed.get("attempts").asInt()).isEqualTo(3);
        assertThat(failed.get("detail").asString()).startsWith("Failed after 3 attempts").contains("lock timeout");
        assertThat(failed.get("finished_at").isNull()).isFalse();
    }

    @Test
    void onlyAdminsMayRecalculateAndJobsAreVisibleToWhoeverStartedThem() {
        String manager = api.tokenFor("recalc-manager", "password-1");
        Api.Response refused = api.postJson("/api/v1/analytics/recalculate", "", manager);
        assertThat(refused.status()).isEqualTo(403);
        String jobId = api.postJson("/api/v1/analytics/recalculate", "", admin).body().get("job_id").asString();
        assertThat(api.get("/api/v1/jobs/" + jobId, manager).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/jobs/" + jobId, admin).status()).isEqualTo(200);
        Api.Response unknown = api.get("/api/v1/jobs/00000000-0000-0000-0000-000000000000", admin);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("detail").asString()).contains("not found");
        Api.Response malformed = api.get("/api/v1/jobs/not-a-job", admin);
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.body().get("detail").asString()).contains("job_id");
        assertThat(api.get("/api/v1/jobs/" + jobId).status()).isEqualTo(401);
        awaitJob(jobId, j -> j.get("state").asString().equals("succeeded"));
    }

    private long totalCalls(String agent) {
        for (JsonNode row : api.get("/api/v1/analytics/agents", admin).body().get("agents")) {
            if (row.get("agent_id").asString().equals(agent)) {
                return row.get("total_calls").asLong();
            }
        }
        throw new AssertionError(agent + " not on the leaderboard");
    }

    private static void lock(Connection connection, boolean take) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(
                take ? "SELECT pg_advisory_lock(?)" : "SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, RollupRepository.ROLLUPS_LOCK);
            statement.execute();
        }
    }

    private JsonNode awaitJob(String jobId, Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonNode job = api.get("/api/v1/jobs/" + jobId, admin).body();
            if (condition.test(job)) {
                return job;
            }
            assertThat(Instant.now()).as("job %s still %s", jobId, job).isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
