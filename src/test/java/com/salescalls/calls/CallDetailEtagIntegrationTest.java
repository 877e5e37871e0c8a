package com.salescalls.calls;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.platform.AsyncListeners;
import com.salescalls.support.Api;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A call's detail carries a strong ETag: sent back in If-None-Match it gets 304 without a body while the call is
 * unchanged, for any caller who may see the call (and 404 for one who may not); the analysis of a pending call and
 * any later change of it give a new ETag, and the old one then gets the whole new body.
 */
@IntegrationTest
class CallDetailEtagIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    CallService calls;

    @Autowired
    AnalysisService pipeline;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AsyncListeners listeners;

    private Api.Response detail(String path, String token, String ifNoneMatch) {
        return api.send(get(path).header("If-None-Match", ifNoneMatch), token);
    }

    @Test
    void anUnchangedCallAnswers304AndAChangedOneANewEtag() {
        String callId = "etag-detail-" + System.nanoTime();
        calls.ingest(List.of(new NewCall(callId, "AGENT_0611", "CUST_000611", "en",
                OffsetDateTime.parse("2026-06-01T09:00:00Z"), 30,
                "Agent: Hello, thanks for joining.\nCustomer: Happy to be here, the demo looked great.")));
        String manager = api.tokenFor("etag-manager", "password-1");
        String path = "/api/v1/calls/" + callId;

        Api.Response pending = api.get(path, manager);
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.body().get("analysis_status").asString()).isEqualTo("pending");
        String pendingTag = pending.header("ETag");
        assertThat(pendingTag).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(pending.header("Cache-Control")).isEqualTo("no-cache, private");

        pipeline.awaitAnalysis(Duration.ofMinutes(10));
        Api.Response analysed = detail(path, manager, pendingTag);
        assertThat(analysed.status()).isEqualTo(200);
        assertThat(analysed.body().get("analysis_status").asString()).isEqualTo("analyzed");
        String analysedTag = analysed.header("ETag");
        assertThat(analysedTag).isNotEqualTo(pendingTag);

        Api.Response unchanged = detail(path, manager, analysedTag);
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.raw().getContentLength()).isZero();
        assertThat(unchanged.header("ETag")).isEqualTo(analysedTag);
        assertThat(detail(path, api.adminToken(), "\"other\", " + analysedTag).status()).isEqualTo(304);
        assertThat(api.get(path, api.adminToken()).body()).isEqualTo(analysed.body());

        // the embedding is another representation, with its own tag
        Api.Response withEmbedding = detail(path + "?include=embedding", manager, analysedTag);
        assertThat(withEmbedding.status()).isEqualTo(200);
        assertThat(withEmbedding.body().get("embedding").size()).isEqualTo(384);
        assertThat(withEmbedding.header("ETag")).isNotEqualTo(analysedTag);

        // an agent who may not see the call learns nothing from a matching tag
        String agentToken = api.tokenFor("etag-agent", "password-1");
        assertThat(api.patchJson("/api/v1/admin/users/etag-agent", Map.of("role", "agent", "agent_id", "AGENT_0612"),
                api.adminToken()).status()).isEqualTo(200);
        assertThat(detail(path, agentToken, analysedTag).status()).isEqualTo(404);

        // a new analysis stored for the call (what CallAnalyses.store writes and publishes)
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE calls SET customer_sentiment_score = -0.5, analysis_count = analysis_count + 1, "
                    + "updated_at = now() WHERE call_id = ?").param(callId).update();
            events.publishEvent(new CallsAnalyzed(List.of(callId)));
        });
        assertThat(listeners.awaitIdle(Duration.ofSeconds(30))).isTrue();
        Api.Response reanalysed = detail(path, manager, analysedTag);
        assertThat(reanalysed.status()).isEqualTo(200);
        assertThat(reanalysed.body().get("customer_sentiment_score").asDouble()).isEqualTo(-0.5);
        assertThat(reanalysed.header("ETag")).isNotIn(analysedTag, pendingTag);
        assertThat(detail(path, manager, reanalysed.header("ETag")).status()).isEqualTo(304);
    }
}
