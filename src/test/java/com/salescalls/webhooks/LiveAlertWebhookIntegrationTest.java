package com.salescalls.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.salescalls.support.Api;
import com.salescalls.support.WebSocketIntegrationTest;

import static com.salescalls.webhooks.WebhookIntegrationTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live call's alert, raised while a producer streams it over the WebSocket, delivered signed to a receiver on a
 * local port; replaying the stored call afterwards raises no second delivery.
 */
@WebSocketIntegrationTest
class LiveAlertWebhookIntegrationTest {

    private static final String SECRET = "a-secret-for-live-alerts";

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    WebhookReceiver receiver;
    String admin;
    String webhookId;

    @BeforeEach
    void subscribe() throws Exception {
        receiver = new WebhookReceiver();
        receiver.secret(SECRET);
        admin = api.adminToken();
        webhookId = api.postJson("/api/v1/webhooks", Map.of("url", receiver.url("/ok"), "events",
                List.of("live.alert"), "secret", SECRET), admin).body().get("webhook_id").asString();
    }

    @AfterEach
    void unsubscribe() {
        api.delete("/api/v1/webhooks/" + webhookId, admin);
        receiver.close();
    }

    /** A socket that reads everything it is sent and remembers how it closed. */
    private static final class Socket implements WebSocket.Listener {
        final CompletableFuture<Integer> closed = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }
    }

    private WebSocket connect(String path, Socket listener) {
        return HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + path
                + (path.contains("?") ? "&" : "?") + "token=" + admin), listener).join();
    }

    private List<JsonNode> alertsOf(String callId) {
        return receiver.valid("live.alert").stream()
                .filter(b -> b.get("data").get("call_id").asString().equals(callId)).toList();
    }

    @Test
    void aCompetitorNamedInALiveCallIsDeliveredOnceSignedAndAReplayAddsNone() throws Exception {
        Socket producer = new Socket();
        WebSocket live = connect("/ws/calls/HOOK_LIVE_1/live?agent_id=AGENT_HOOK&customer_id=CUST_HOOK"
                + "&language=en&start_time=2026-03-03T10:00:00Z", producer);
        live.sendText("{\"speaker\": \"Agent\", \"text\": \"Hi, thanks for joining.\", \"start_ms\": 1000,"
                + " \"end_ms\": 2500}", true).join();
        live.sendText("{\"speaker\": \"Customer\", \"text\": \"We already use PipeStream and it is awful.\","
                + " \"start_ms\": 3000}", true).join();

        waitFor(() -> alertsOf("HOOK_LIVE_1").stream()
                .anyMatch(b -> b.get("data").get("alert").asString().equals("competitor_mentioned")),
                Duration.ofSeconds(30));
        live.sendText("{\"type\": \"end\"}", true).join();
        assertThat(producer.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);

        JsonNode event = alertsOf("HOOK_LIVE_1").stream()
                .filter(b -> b.get("data").get("alert").asString().equals("competitor_mentioned")).findFirst()
                .orElseThrow();
        assertThat(event.get("type").asString()).isEqualTo("live.alert");
        JsonNode data = event.get("data");
        assertThat(data.get("agent_id").asString()).isEqualTo("AGENT_HOOK");
        assertThat(data.get("competitor").asString()).isEqualTo("PipeStream");
        assertThat(data.get("utterance_index").asInt()).isEqualTo(1);
        assertThat(data.get("timestamp").asString()).isEqualTo("2026-03-03T10:00:03Z");
        assertThat(data.get("href").asString()).isEqualTo("/api/v1/calls/HOOK_LIVE_1");
        assertThat(receiver.received).allMatch(WebhookReceiver.Received::validSignature);
        int delivered = alertsOf("HOOK_LIVE_1").size();
        waitFor(() -> api.get("/api/v1/webhooks/" + webhookId + "/deliveries?state=delivered", admin).body()
                .get("total").asLong() == delivered, Duration.ofSeconds(10));

        // the stored call replayed once analysed: the viewer sees its alerts, and no webhook hears of them again
        waitFor(() -> "analyzed".equals(api.get("/api/v1/calls/HOOK_LIVE_1", admin).body().path("analysis_status")
                .asString()), Duration.ofSeconds(60));
        Socket viewer = new Socket();
        connect("/ws/sentiment/HOOK_LIVE_1", viewer);
        assertThat(viewer.closed.get(20, TimeUnit.SECONDS)).isEqualTo(1000);
        Thread.sleep(1000); // longer than ten delivery polls: a queued delivery would have been sent by now
        assertThat(alertsOf("HOOK_LIVE_1")).hasSize(delivered);
        assertThat(api.get("/api/v1/webhooks/" + webhookId + "/deliveries", admin).body().get("total").asLong())
                .isEqualTo(delivered);
    }
}
