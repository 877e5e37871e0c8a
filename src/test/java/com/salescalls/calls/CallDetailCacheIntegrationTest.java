package com.salescalls.calls;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.platform.AsyncListeners;
import com.salescalls.support.Api;
import com.salescalls.support.RedisIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Call detail goes through the Redis cache, rendered: one entry for every caller (scoped on the hit), evicted when the
 * call is re-analysed.
 */
@RedisIntegrationTest
class CallDetailCacheIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    CallService calls;

    @Autowired
    AnalysisService pipeline;

    @Autowired
    AsyncListeners listeners;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void detailIsCachedOnceForAllCallersAndEvictedWhenTheCallIsAnalysedAgain() {
        String callId = "cache-detail-1";
        if (jdbc.sql("SELECT count(*) FROM calls WHERE call_id = ?").param(callId).query(Long.class).single() == 0) {
            calls.ingest(List.of(new NewCall(callId, "AGENT_0042", "CUST_000042", "en",
                    OffsetDateTime.parse("2026-06-01T09:00:00Z"), 30, "Agent: Hi.\nCustomer: Hello!")));
            pipeline.awaitAnalysis(Duration.ofMinutes(10));
        }
        // the analysis's own eviction runs off the pipeline's thread: let it pass first, or it can remove what the
        // requests below cache (it did once, under load, between the two requests)
        assertThat(listeners.awaitIdle(Duration.ofSeconds(30))).isTrue();
        String key = "salescalls:cache:calls::" + callId;
        redis.delete(key);
        String manager = api.tokenFor("cache-manager", "password-1");
        Api.Response first = api.get("/api/v1/calls/" + callId, manager);
        assertThat(first.status()).isEqualTo(200);
        assertThat(redis.hasKey(key)).isTrue();
        assertThat(redis.hasKey(key + "+embedding")).isFalse();
        // kept rendered: the detail's own JSON bytes and ETag with the call's agent, so a hit is neither parsed nor
        // rendered again; every caller is then served from it, within their scope
        String stored = redis.opsForValue().get(key);
        assertThat(stored).startsWith("com.salescalls.calls.web.CallBodies$Body\n")
                .contains("\"agentId\":\"AGENT_0042\"").contains(first.header("ETag").replace("\"", ""));
        assertThat(api.get("/api/v1/calls/" + callId, api.adminToken()).body()).isEqualTo(first.body());
        String ownAgent = api.tokenFor("cache-agent-own", "password-1");
        String otherAgent = api.tokenFor("cache-agent-other", "password-1");
        assertThat(api.patchJson("/api/v1/admin/users/cache-agent-own",
                Map.of("role", "agent", "agent_id", "AGENT_0042"), api.adminToken()).status()).isEqualTo(200);
        assertThat(api.patchJson("/api/v1/admin/users/cache-agent-other",
                Map.of("role", "agent", "agent_id", "AGENT_0043"), api.adminToken()).status()).isEqualTo(200);
        Api.Response own = api.get("/api/v1/calls/" + callId, ownAgent);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.header("ETag")).isEqualTo(first.header("ETag"));
        Api.Response other = api.get("/api/v1/calls/" + callId, otherAgent);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body().toString()).doesNotContain("AGENT_0042");
        assertThat(redis.opsForValue().get(key)).isEqualTo(stored);

        Api.Response withEmbedding = api.get("/api/v1/calls/" + callId + "?include=embedding", manager);
        assertThat(withEmbedding.body().get("embedding").size()).isEqualTo(384);
        assertThat(redis.hasKey(key + "+embedding")).isTrue();

        transactions.executeWithoutResult(status -> events.publishEvent(new CallsAnalyzed(List.of(callId))));
        assertThat(listeners.awaitIdle(Duration.ofSeconds(30))).isTrue(); // evicted after commit, off this thread
        assertThat(redis.hasKey(key)).isFalse();
        assertThat(redis.hasKey(key + "+embedding")).isFalse();
    }
}
