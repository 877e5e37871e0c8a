package com.salescalls.live;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.salescalls.support.Api;
import com.salescalls.support.SecondInstance;
import com.salescalls.support.WebSocketIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one PostgreSQL and one Redis: this test's context (instance A) and a second one
 * started beside it (instance B). What a producer streams to one reaches subscribers of the other, and the login
 * throttle and the live connection limit are one budget for both.
 */
@WebSocketIntegrationTest
class CrossInstanceLiveIntegrationTest {

    private static SecondInstance instanceB;

    @LocalServerPort
    int portA;

    @Autowired
    Api api;

    String token;

    @BeforeAll
    static void startSecondInstance() {
        instanceB = SecondInstance.start();
    }

    @AfterAll
    static void stopSecondInstance() {
        instanceB.close();
    }

    @BeforeEach
    void logIn() {
        token = api.adminToken();
    }

    private String onA(String path) {
        return "ws://127.0.0.1:" + portA + path + (path.contains("?") ? "&" : "?") + "token=" + token;
    }

    private String onB(String path) {
        return "ws://127.0.0.1:" + instanceB.port() + path + (path.contains("?") ? "&" : "?") + "token=" + token;
    }

    @Test
    void aSubscriberOnOneInstanceFollowsAProducerOnTheOther() {
        try (LiveClient subscriber = LiveClient.connect(onB("/ws/sentiment/CROSS_1"))) {
            assertThat(subscriber.next().get("type").asString()).isEqualTo("waiting");
            try (LiveClient producer = LiveClient.connect(onA("/ws/calls/CROSS_1/live?agent_id=AGENT_0100"
                    + "&customer_id=CUST_000100"))) {
                producer.send("{\"speaker\": \"Agent\", \"text\": \"Welcome, how is the rollout going?\"}");
                producer.send("{\"speaker\": \"Customer\", \"text\": \"Terrible, nothing works and I am upset.\"}");
                producer.send("{\"type\": \"end\"}");
                JsonNode summary = producer.until(LiveClient.type("summary")).getLast();

                List<JsonNode> seen = subscriber.until(LiveClient.type("summary"));
                assertThat(seen).extracting(m -> m.get("type").asString())
                        .containsExactly("started", "utterance", "utterance", "summary");
                assertThat(seen.get(2).get("text").asString()).startsWith("Terrible");
                assertThat(seen.get(2).get("sentiment").asDouble()).isNegative();
                assertThat(seen.getLast()).isEqualTo(summary);
                assertThat(subscriber.closeCode()).isEqualTo(1000);
            }
        }
        assertThat(api.get("/api/v1/calls/CROSS_1", token).status()).isEqualTo(200);
    }

    @Test
    void aLateSubscriberOnTheOtherInstanceCatchesUpFromRedis() {
        try (LiveClient producer = LiveClient.connect(onA("/ws/calls/CROSS_2/live?agent_id=AGENT_0100"
                + "&customer_id=CUST_000100"))) {
            producer.send("{\"speaker\": \"Agent\", \"text\": \"One.\"}");
            producer.send("{\"speaker\": \"Customer\", \"text\": \"Two.\"}");
            producer.until(m -> m.path("utterance_index").asInt(-1) == 1);
            try (LiveClient late = LiveClient.connect(onB("/ws/sentiment/CROSS_2"))) {
                assertThat(late.until(m -> m.path("utterance_index").asInt(-1) == 1))
                        .extracting(m -> m.get("type").asString()).containsExactly("started", "utterance", "utterance");
                producer.send("{\"speaker\": \"Agent\", \"text\": \"Three.\"}");
                assertThat(late.next().get("text").asString()).isEqualTo("Three.");
            }
        }
    }

    @Test
    void aCallLiveOnOneInstanceCannotBeStreamedAgainOnTheOther() {
        try (LiveClient first = LiveClient.connect(onA("/ws/calls/CROSS_3/live?agent_id=AGENT_0100"
                + "&customer_id=CUST_000100"));
             LiveClient second = LiveClient.connect(onB("/ws/calls/CROSS_3/live?agent_id=AGENT_0100"
                     + "&customer_id=CUST_000100"))) {
            assertThat(first.next().get("type").asString()).isEqualTo("started");
            assertThat(second.next().get("error").asString()).isEqualTo("conflict");
            assertThat(second.closeCode()).isEqualTo(4409);
        }
    }

    @Test
    void loginFailuresOnEitherInstanceDrawOnOneBudget() throws Exception {
        String username = "shared-throttle-" + System.nanoTime(); // the default budget: 10 failures per window
        for (int i = 0; i < 5; i++) {
            assertThat(api.postForm("/auth/login", java.util.Map.of("username", username, "password", "wrong-1"))
                    .status()).isEqualTo(401);
            assertThat(loginOnB(username, "wrong-2")).isEqualTo(401);
        }
        assertThat(loginOnB(username, "wrong-3")).isEqualTo(429);
        assertThat(api.postForm("/auth/login", java.util.Map.of("username", username, "password", "wrong-4"))
                .status()).isEqualTo(429);
    }

    @Test
    void liveConnectionsOnEitherInstanceCountAgainstOneLimit() throws Exception {
        String user = api.tokenFor("shared-live-" + System.nanoTime(), "password-123"); // limit: 6 per user
        List<LiveClient> open = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                open.add(LiveClient.connect(ws(portA, "/ws/sentiment/LIMIT_A" + i, user)));
                open.add(LiveClient.connect(ws(instanceB.port(), "/ws/sentiment/LIMIT_B" + i, user)));
            }
            open.forEach(client -> assertThat(client.next().get("type").asString()).isEqualTo("waiting"));
            assertThat(LiveClient.refusedStatus(ws(portA, "/ws/sentiment/LIMIT_A9", user))).isEqualTo(429);
            assertThat(LiveClient.refusedStatus(ws(instanceB.port(), "/ws/sentiment/LIMIT_B9", user))).isEqualTo(429);

            open.removeLast().close(); // one on B ends: A may open one more
            java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
            while (LiveClient.refusedStatus(ws(portA, "/ws/sentiment/LIMIT_A8", user)) == 429) {
                assertThat(java.time.Instant.now()).as("a slot freed on B is usable on A").isBefore(deadline);
                Thread.sleep(100);
            }
        } finally {
            open.forEach(LiveClient::close);
        }
    }

    private static String ws(int port, String path, String token) {
        return "ws://127.0.0.1:" + port + path + "?token=" + token;
    }

    private static int loginOnB(String username, String password) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + instanceB.port() + "/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + password)).build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
