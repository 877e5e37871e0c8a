package com.salescalls.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.calls.CallService;
import com.salescalls.calls.NewCall;
import com.salescalls.support.Api;
import com.salescalls.support.RedisIntegrationTest;
import com.salescalls.support.TestRedis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real Redis killed and started again on the same port: the API keeps answering from PostgreSQL, /health says
 * the cache is degraded (and stays 200), and the cache comes back by itself, without entries gone stale meanwhile.
 */
@RedisIntegrationTest
class RedisOutageIntegrationTest {

    private static final String LEADERBOARD_KEY = "salescalls:cache:analytics::leaderboard:null:null";

    @Autowired
    Api api;

    @Autowired
    CallService calls;

    @Autowired
    AnalysisService pipeline;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void servesFromPostgresWhileRedisIsDownAndRecoversWhenItReturns() {
        StoredCalls.ensure(calls, pipeline);
        String token = api.tokenFor("outage-manager", "password-1");
        String callId = api.get("/api/v1/calls?limit=1", token).body().get("calls").get(0).get("call_id").asString();
        // an analysis committed meanwhile (another test's, in this shared context) evicts the cached leaderboards:
        // asked again until one stays cached
        JsonNode[] cached = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            cached[0] = api.get("/api/v1/analytics/agents", token).body();
            return redis.hasKey(LEADERBOARD_KEY);
        });
        JsonNode board = cached[0];
        JsonNode call = api.get("/api/v1/calls/" + callId, token).body();
        assertThat(redis.hasKey("salescalls:cache:calls::" + callId)).isTrue();
        assertThat(api.get("/api/v1/calls/" + callId, token).body()).isEqualTo(call);
        assertThat(api.get("/health").body().get("cache").asString()).isEqualTo("connected");

        TestRedis.stop();
        for (int i = 0; i < 5; i++) {
            Api.Response during = api.get("/api/v1/analytics/agents", token);
            assertThat(during.status()).isEqualTo(200);
            assertThat(during.body().get("agents")).isEqualTo(board.get("agents"));
            assertThat(api.get("/api/v1/calls/" + callId, token).body()).isEqualTo(call);
        }
        Api.Response health = api.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asString()).isEqualTo("healthy");
        assertThat(health.body().get("cache").asString()).startsWith("degraded: ").contains("PostgreSQL");
        // written while Redis is away: the leaderboard Redis held before the outage no longer has this agent
        calls.ingest(List.of(new NewCall("outage-call-1", "AGENT_8888", "CUST_000002", "en",
                OffsetDateTime.parse("2026-06-16T10:00:00Z"), 60, "Agent: Hello there.\nCustomer: Hi, all good.")));

        TestRedis.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!api.get("/health").body().get("cache").asString().equals("connected")) {
            assertThat(Instant.now()).as("cache still degraded").isBefore(deadline);
            sleep(200);
        }
        // from the first read on, nothing cached before the outage is served, and caching resumes
        do {
            JsonNode after = api.get("/api/v1/analytics/agents", token).body().get("agents");
            assertThat(after.findValuesAsString("agent_id")).contains("AGENT_8888");
            assertThat(after.size()).isEqualTo(board.get("agents").size() + 1);
            assertThat(Instant.now()).as("leaderboard not cached again").isBefore(deadline);
        } while (!redis.hasKey(LEADERBOARD_KEY));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
