package com.salescalls.webhooks;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.calls.CallService;
import com.salescalls.calls.NewCall;
import com.salescalls.support.Api;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks over HTTP, delivered to a receiver on a local port (the tests allow private targets). The analysis
 * runs on the test's thread ({@code awaitAnalysis}); the dispatcher delivers in the background.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookIntegrationTest {

    private static final OffsetDateTime WHEN = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    Api api;

    @Autowired
    CallService calls;

    @Autowired
    AnalysisService pipeline;

    @Autowired
    JsonMapper json;

    WebhookReceiver receiver;
    String admin;

    @BeforeAll
    void start() throws Exception {
        receiver = new WebhookReceiver();
        admin = api.adminToken();
    }

    @AfterAll
    void stop() {
        receiver.close();
    }

    @Test
    void eachAnalysedCallIsDeliveredOnceSignedToTheSubscribedUrl() throws Exception {
        Api.Response created = api.postJson("/api/v1/webhooks", Map.of("url", receiver.url("/ok"),
                "events", List.of("call.analyzed")), admin);
        assertThat(created.status()).isEqualTo(201);
        String secret = created.body().get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        receiver.secret(secret);
        String id = created.body().get("webhook_id").asString();

        List<NewCall> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(new NewCall("hook-" + i, "HOOK_AGENT", "CUST_1", "en", WHEN.plusMinutes(i), 60,
                    "Agent: Hello, how can I help?\nCustomer: Great, thanks, I love the product."));
        }
        calls.ingest(batch);
        pipeline.awaitAnalysis(Duration.ofMinutes(2));

        waitFor(() -> receiver.validDistinct("call.analyzed") >= 5, Duration.ofSeconds(30));
        List<String> callIds = receiver.valid("call.analyzed").stream()
                .map(b -> b.get("data").get("call_id").asString()).distinct().toList();
        assertThat(callIds).containsExactlyInAnyOrder("hook-0", "hook-1", "hook-2", "hook-3", "hook-4");
        List<WebhookReceiver.Received> analysed = receiver.received.stream()
                .filter(r -> r.event().equals("call.analyzed")).toList();
        assertThat(analysed).allMatch(WebhookReceiver.Received::validSignature);
        JsonNode body = json.readTree(analysed.getFirst().body());
        assertThat(body.get("type").asString()).isEqualTo("call.analyzed");
        assertThat(body.get("id").asString()).isEqualTo(analysed.getFirst().eventId());

        waitFor(() -> api.get("/api/v1/webhooks/" + id + "/deliveries?state=delivered", admin).body().get("total")
                .asLong() == 5, Duration.ofSeconds(10));
        JsonNode deliveries = api.get("/api/v1/webhooks/" + id + "/deliveries", admin).body();
        assertThat(deliveries.get("total").asLong()).isEqualTo(5);
        deliveries.get("deliveries").forEach(d -> {
            assertThat(d.get("state").asString()).isEqualTo("delivered");
            assertThat(d.get("last_status").asInt()).isEqualTo(204);
            assertThat(d.get("attempts").asInt()).isEqualTo(1);
        });
        assertThat(api.delete("/api/v1/webhooks/" + id, admin).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/webhooks/" + id, admin).status()).isEqualTo(404);
    }

    @Test
    void aRedirectIsNotFollowedAndAFailingEndpointIsDisabledAndReported() throws Exception {
        String redirecting = api.postJson("/api/v1/webhooks", Map.of("url", receiver.url("/redirect"),
                "events", List.of("call.failed"), "secret", "a-secret-of-16-chars"), admin).body()
                .get("webhook_id").asString();
        String failing = api.postJson("/api/v1/webhooks", Map.of("url", receiver.url("/fail"),
                "events", List.of("call.failed")), admin).body().get("webhook_id").asString();
        int okBefore = receiver.hits.getOrDefault("/ok", new java.util.concurrent.atomic.AtomicInteger()).get();

        // a transcript whose timings cannot be right passes ingest only as stored text: analysis fails
        calls.ingest(List.of(new NewCall("hook-fail", "HOOK_AGENT", "CUST_1", "en", WHEN, 60,
                "[00:00:10] Agent: later\n[00:00:05] Customer: earlier")));
        pipeline.awaitAnalysis(Duration.ofMinutes(2));

        waitFor(() -> api.get("/api/v1/webhooks/" + failing, admin).body().get("disabled_at").isString(),
                Duration.ofSeconds(30));
        JsonNode disabled = api.get("/api/v1/webhooks/" + failing, admin).body();
        assertThat(disabled.get("disabled_reason").asString()).contains("answered 500");
        JsonNode failed = api.get("/api/v1/webhooks/" + failing + "/deliveries", admin).body().get("deliveries").get(0);
        assertThat(failed.get("state").asString()).isEqualTo("failed");
        assertThat(failed.get("attempts").asInt()).isGreaterThan(1);

        JsonNode redirected = api.get("/api/v1/webhooks/" + redirecting + "/deliveries", admin).body()
                .get("deliveries").get(0);
        assertThat(redirected.get("last_status").asInt()).isEqualTo(302);
        assertThat(redirected.get("last_error").asString()).contains("redirects are not followed");
        assertThat(receiver.hits.getOrDefault("/ok", new java.util.concurrent.atomic.AtomicInteger()).get())
                .isEqualTo(okBefore);
        api.delete("/api/v1/webhooks/" + redirecting, admin);
        api.delete("/api/v1/webhooks/" + failing, admin);
    }

    @Test
    void aDisabledWebhookIsTurnedOnAgainByAnAdminAndDeliversNewEvents() throws Exception {
        receiver.secret("a-secret-for-re-enabling");
        receiver.flaky(true);
        String id = api.postJson("/api/v1/webhooks", Map.of("url", receiver.url("/flaky"), "events",
                List.of("call.failed"), "secret", "a-secret-for-re-enabling"), admin).body().get("webhook_id")
                .asString();
        calls.ingest(List.of(new NewCall("hook-off", "HOOK_AGENT", "CUST_1", "en", WHEN, 60,
                "[00:00:10] Agent: later\n[00:00:05] Customer: earlier")));
        pipeline.awaitAnalysis(Duration.ofMinutes(2));
        waitFor(() -> api.get("/api/v1/webhooks/" + id, admin).body().get("disabled_at").isString(),
                Duration.ofSeconds(30));

        receiver.flaky(false);
        Api.Response enabled = api.postJson("/api/v1/webhooks/" + id + "/enable", "", admin);

        assertThat(enabled.status()).isEqualTo(200);
        assertThat(enabled.body().get("disabled_at").isNull()).isTrue();
        assertThat(enabled.body().get("disabled_reason").isNull()).isTrue();
        assertThat(enabled.body().get("failing_since").isNull()).as("failing time starts afresh").isTrue();
        assertThat(enabled.body().has("secret")).as("the secret is never shown again").isFalse();
        calls.ingest(List.of(new NewCall("hook-on", "HOOK_AGENT", "CUST_1", "en", WHEN, 60,
                "[00:00:10] Agent: later\n[00:00:05] Customer: earlier")));
        pipeline.awaitAnalysis(Duration.ofMinutes(2));
        waitFor(() -> receiver.valid("call.failed").stream()
                .anyMatch(b -> b.get("data").get("call_id").asString().equals("hook-on")), Duration.ofSeconds(30));
        assertThat(receiver.valid("call.failed")).noneMatch(b -> b.get("data").get("call_id").asString()
                .equals("hook-off"));
        JsonNode history = api.get("/api/v1/webhooks/" + id + "/deliveries", admin).body();
        assertThat(history.get("deliveries")).extracting(d -> d.get("state").asString())
                .containsExactly("delivered", "failed"); // newest first: the given-up one stays failed
        assertThat(api.get("/api/v1/webhooks/" + id, admin).body().get("disabled_at").isNull()).isTrue();
        assertThat(api.postJson("/api/v1/webhooks/00000000-0000-0000-0000-000000000000/enable", "", admin).status())
                .isEqualTo(404);
        api.delete("/api/v1/webhooks/" + id, admin);
    }

    @Test
    void aFinishedRecalculationIsDeliveredSignedWithItsJob() throws Exception {
        receiver.secret("a-secret-for-recalculations");
        String id = api.postJson("/api/v1/webhooks", Map.of("url", receiver.url("/ok"), "events",
                List.of("analytics.recalculated"), "secret", "a-secret-for-recalculations"), admin).body()
                .get("webhook_id").asString();
        calls.ingest(List.of(new NewCall("hook-recalc", "HOOK_RECALC", "CUST_1", "en", WHEN, 60,
                "Agent: Hello, how can I help?\nCustomer: Great, thanks.")));
        pipeline.awaitAnalysis(Duration.ofMinutes(2));

        String jobId = api.postJson("/api/v1/analytics/recalculate", "", admin).body().get("job_id").asString();

        waitFor(() -> receiver.valid("analytics.recalculated").stream()
                .anyMatch(b -> b.get("data").get("job_id").asString().equals(jobId)), Duration.ofSeconds(60));
        JsonNode event = receiver.valid("analytics.recalculated").stream()
                .filter(b -> b.get("data").get("job_id").asString().equals(jobId)).findFirst().orElseThrow();
        JsonNode job = api.get("/api/v1/jobs/" + jobId, admin).body();
        assertThat(job.get("state").asString()).isEqualTo("succeeded");
        assertThat(event.get("type").asString()).isEqualTo("analytics.recalculated");
        JsonNode data = event.get("data");
        assertThat(data.get("href").asString()).isEqualTo("/api/v1/jobs/" + jobId);
        assertThat(data.get("calls").asLong()).isPositive();
        assertThat(data.get("agent_days").asLong()).isPositive();
        assertThat(job.get("detail").asString()).startsWith("Rebuilt " + data.get("agent_days").asLong()
                + " agent-day rollups");
        assertThat(data.get("finished_at").asString()).isNotBlank();
        api.delete("/api/v1/webhooks/" + id, admin);
    }

    @Test
    void badSubscriptionsAreNamedAndOnlyAdminsManageWebhooks() {
        Api.Response bad = api.postJson("/api/v1/webhooks", Map.of("url", "ftp://example.com/x",
                "events", List.of("call.analyzed", "call.exploded"), "secret", "short"), admin);

        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body().get("detail").asString()).contains("url: must be an http or https URL")
                .contains("events[1]: must be one of").contains("secret: must be 16-200 characters");
        String manager = api.tokenFor("hook-manager", "password-1");
        api.patchJson("/api/v1/admin/users/hook-manager", Map.of("role", "manager"), admin);
        assertThat(api.get("/api/v1/webhooks", manager).status()).isEqualTo(403);
        assertThat(api.postJson("/api/v1/webhooks", Map.of("url", receiver.url("/ok"), "events",
                List.of("call.analyzed")), manager).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/webhooks/not-a-uuid", admin).status()).isEqualTo(422);
    }

    static void waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
