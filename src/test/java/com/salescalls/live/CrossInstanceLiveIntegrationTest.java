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
 * started beside it (instance B). What a producer streams to one reaches subscribers of the other.
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
}
