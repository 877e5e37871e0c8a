package com.salescalls.live;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.salescalls.calls.CallService;
import com.salescalls.calls.NewCall;
import com.salescalls.generator.CallGenerator;
import com.salescalls.generator.GeneratedCall;
import com.salescalls.support.Api;
import com.salescalls.support.WebSocketIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The live endpoints on a real server, in-process fan-out (no REDIS_URL). */
@WebSocketIntegrationTest
class LiveSocketIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    CallService calls;

    String token;

    @BeforeEach
    void logIn() {
        token = api.adminToken();
    }

    private String ws(String path) {
        return "ws://127.0.0.1:" + port + path;
    }

    private void store(String callId, String agentId, String transcript, int durationSeconds) {
        calls.ingest(List.of(new NewCall(callId, agentId, "CUST_000001", "en",
                OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC), durationSeconds, transcript)));
    }

    /** The stored call once its analysis is in (storing may only enqueue the analysis). */
    private JsonNode analysed(String callId) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            JsonNode call = api.get("/api/v1/calls/" + callId, token).body();
            if ("analyzed".equals(call.path("analysis_status").asString()) || System.nanoTime() > deadline) {
                return call;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void replaysStoredCallUtteranceByUtteranceEndingAtItsStoredFigures() {
        GeneratedCall generated = new CallGenerator(7, Instant.parse("2026-03-01T00:00:00Z"))
                .generate(1, 90_000_001).getFirst();
        calls.ingest(List.of(new NewCall(generated.callId(), generated.agentId(), generated.customerId(),
                generated.language(), generated.startTime(), generated.durationSeconds(), generated.transcript())));
        JsonNode stored = analysed(generated.callId());
        long lines = generated.transcript().lines().filter(line -> !line.isBlank()).count();

        try (LiveClient client = LiveClient.connect(ws("/ws/sentiment/" + generated.callId() + "?token=" + token))) {
            List<JsonNode> messages = client.until(LiveClient.type("summary"));
            List<JsonNode> utterances = messages.stream().filter(LiveClient.type("utterance")).toList();

            assertThat(utterances).hasSize((int) lines);
            for (int i = 0; i < utterances.size(); i++) {
                assertThat(utterances.get(i).get("utterance_index").asInt()).isEqualTo(i);
                assertThat(utterances.get(i).get("call_id").asString()).isEqualTo(generated.callId());
                assertThat(utterances.get(i).get("utterance_sentiment").asDouble()).isBetween(-1.0, 1.0);
            }
            JsonNode last = utterances.getLast();
            double storedSentiment = stored.get("customer_sentiment_score").asDouble();
            double storedRatio = stored.get("agent_talk_ratio").asDouble();
            assertThat(last.get("sentiment").asDouble()).isCloseTo(storedSentiment, within(1e-9));
            assertThat(last.get("agent_talk_ratio_so_far").asDouble()).isCloseTo(storedRatio, within(1e-9));
            JsonNode summary = messages.getLast();
            assertThat(summary.get("utterances").asInt()).isEqualTo(lines);
            assertThat(summary.get("customer_sentiment_score").asDouble()).isCloseTo(storedSentiment, within(1e-9));
            assertThat(summary.get("duration_seconds").asInt()).isEqualTo(generated.durationSeconds());
            // the call's duration shared out by words: the last utterance starts before the call ends
            Instant lastAt = Instant.parse(last.get("timestamp").asString());
            assertThat(lastAt).isAfter(generated.startTime().toInstant())
                    .isBefore(generated.startTime().toInstant().plusSeconds(generated.durationSeconds()));
            assertThat(client.closeCode()).isEqualTo(1000);
        }
    }

    @Test
    void pacesTimedReplayBySpeedAndStampsEachUtteranceWithItsTimeInTheCall() {
        store("REPLAY_TIMED_1", "AGENT_0001", """
                [00:00:00] Agent: Thanks for taking the call today.
                [00:00:02] Customer: Happy to, this is great timing.
                [00:00:04] Agent: Let me show you the new dashboard.
                """, 6);
        long began = System.nanoTime();
        try (LiveClient client = LiveClient.connect(ws("/ws/sentiment/REPLAY_TIMED_1?speed=2&token=" + token))) {
            List<JsonNode> utterances = client.until(LiveClient.type("summary")).stream()
                    .filter(LiveClient.type("utterance")).toList();
            double elapsedSeconds = (System.nanoTime() - began) / 1e9;

            assertThat(utterances).extracting(u -> u.get("timestamp").asString())
                    .containsExactly("2026-03-02T09:00:00Z", "2026-03-02T09:00:02Z", "2026-03-02T09:00:04Z");
            assertThat(utterances.get(1).get("speaker").asString()).isEqualTo("Customer");
            assertThat(utterances.get(1).get("utterance_sentiment").asDouble()).isPositive();
            // 4 s of call at double speed
            assertThat(elapsedSeconds).isGreaterThanOrEqualTo(1.9);
        }
    }

    @Test
    void acceptsTheTokenAsSubprotocolAndEchoesBearer() {
        store("REPLAY_PROTOCOL_1", "AGENT_0001", "Agent: Hello there.\nCustomer: Hi.", 5);
        try (LiveClient client = LiveClient.connect(ws("/ws/sentiment/REPLAY_PROTOCOL_1"), "bearer", token)) {
            assertThat(client.subprotocol()).isEqualTo("bearer");
            assertThat(client.until(LiveClient.type("summary"))).hasSize(3);
        }
    }

    @Test
    void refusesAMissingForgedOrRefreshTokenAtTheHandshake() {
        String refresh = api.postForm("/auth/login", Map.of("username", Api.ADMIN, "password", Api.ADMIN_PASSWORD))
                .body().get("refresh_token").asString();
        assertThat(LiveClient.refusedStatus(ws("/ws/sentiment/ANY_CALL"))).isEqualTo(401);
        assertThat(LiveClient.refusedStatus(ws("/ws/sentiment/ANY_CALL?token=" + token + "x"))).isEqualTo(401);
        assertThat(LiveClient.refusedStatus(ws("/ws/sentiment/ANY_CALL?token=" + refresh))).isEqualTo(401);
        assertThat(LiveClient.refusedStatus(ws("/ws/calls/ANY_CALL/live"), "bearer", refresh)).isEqualTo(401);
    }

    @Test
    void refusesMalformedParametersAtTheHandshake() {
        assertThat(LiveClient.refusedStatus(ws("/ws/sentiment/BAD%20ID?token=" + token))).isEqualTo(422);
        assertThat(LiveClient.refusedStatus(ws("/ws/sentiment/CALL_1?speed=0&token=" + token))).isEqualTo(422);
        assertThat(LiveClient.refusedStatus(ws("/ws/sentiment/CALL_1?speed=fast&token=" + token))).isEqualTo(422);
        assertThat(LiveClient.refusedStatus(ws("/ws/calls/CALL_1/live?agent_id=AGENT_1&token=" + token)))
                .as("customer_id missing").isEqualTo(422);
    }

    @Test
    void streamsALiveCallToItsSubscriberWithAlertsAndStoresItAtTheEnd() {
        try (LiveClient subscriber = LiveClient.connect(ws("/ws/sentiment/LIVE_CALL_1?token=" + token))) {
            assertThat(subscriber.next().get("type").asString()).isEqualTo("waiting");
            try (LiveClient producer = LiveClient.connect(ws("/ws/calls/LIVE_CALL_1/live?agent_id=AGENT_0042"
                    + "&customer_id=CUST_000042&language=en&start_time=2026-03-03T10:00:00Z&token=" + token))) {
                assertThat(producer.next().get("type").asString()).isEqualTo("started");
                producer.send("{\"speaker\": \"Agent\", \"text\": \"Hi, thanks for joining.\", \"start_ms\": 1000,"
                        + " \"end_ms\": 2500}");
                producer.send("{\"speaker\": \"Customer\", \"text\": \"We already use PipeStream and it is awful.\","
                        + " \"start_ms\": 3000}");
                List<JsonNode> replies = producer.until(LiveClient.type("alert"));
                assertThat(replies).extracting(m -> m.get("type").asString())
                        .containsExactly("utterance", "utterance", "alert");
                assertThat(replies.getLast().get("competitor").asString()).isEqualTo("PipeStream");
                assertThat(replies).extracting(m -> m.has("role") ? m.get("role").asString() : null)
                        .containsExactly("agent", "customer", null);
                assertThat(replies.getLast().get("detail").asString()).contains("named by the customer");
                producer.send("{\"type\": \"end\"}");
                JsonNode summary = producer.until(LiveClient.type("summary")).getLast();
                assertThat(summary.get("utterances").asInt()).isEqualTo(2);
                assertThat(producer.closeCode()).isEqualTo(1000);

                List<JsonNode> seen = subscriber.until(LiveClient.type("summary"));
                assertThat(seen).extracting(m -> m.get("type").asString())
                        .containsExactly("started", "utterance", "utterance", "alert", "summary");
                assertThat(seen.get(2).get("timestamp").asString()).isEqualTo("2026-03-03T10:00:03Z");
                assertThat(seen.get(2).get("utterance_sentiment").asDouble()).isNegative();
                assertThat(subscriber.closeCode()).isEqualTo(1000);

                JsonNode stored = analysed("LIVE_CALL_1");
                assertThat(stored.get("agent_id").asString()).isEqualTo("AGENT_0042");
                assertThat(stored.get("start_time").asString()).startsWith("2026-03-03T10:00");
                assertThat(stored.get("duration_seconds").asInt()).isEqualTo(3);
                assertThat(stored.get("transcript").asString()).isEqualTo("""
                        [00:00:01] Agent: Hi, thanks for joining.
                        [00:00:03] Customer: We already use PipeStream and it is awful.""");
                // stored as timed utterances, so the timed metrics of the pipeline apply to live calls too
                assertThat(stored.get("utterances").get(1).get("start_ms").asLong()).isEqualTo(3_000);
                assertThat(stored.get("customer_sentiment_score").asDouble())
                        .isCloseTo(summary.get("customer_sentiment_score").asDouble(), within(1e-9));
            }
        }
    }

    @Test
    void aLateSubscriberFirstReceivesWhatWasAlreadySaid() {
        try (LiveClient producer = LiveClient.connect(ws("/ws/calls/LIVE_LATE_1/live?agent_id=AGENT_0042"
                + "&customer_id=CUST_000042&token=" + token))) {
            producer.next();
            producer.send("{\"speaker\": \"Agent\", \"text\": \"First point.\"}");
            producer.send("{\"speaker\": \"Customer\", \"text\": \"Sounds fine.\"}");
            producer.until(m -> m.path("utterance_index").asInt(-1) == 1);
            try (LiveClient late = LiveClient.connect(ws("/ws/sentiment/LIVE_LATE_1?token=" + token))) {
                assertThat(late.until(m -> m.path("utterance_index").asInt(-1) == 1))
                        .extracting(m -> m.get("type").asString()).containsExactly("started", "utterance", "utterance");
                producer.send("{\"speaker\": \"Agent\", \"text\": \"Third point.\"}");
                assertThat(late.next().get("utterance_index").asInt()).isEqualTo(2);
                producer.close();
                assertThat(late.next().get("type").asString()).isEqualTo("aborted");
                assertThat(late.closeCode()).isEqualTo(1000);
            }
        }
        assertThat(api.get("/api/v1/calls/LIVE_LATE_1", token).status()).as("aborted calls are not stored")
                .isEqualTo(404);
    }

    @Test
    void aBadMessageGetsAnErrorAndTheConnectionStaysUsable() {
        try (LiveClient producer = LiveClient.connect(ws("/ws/calls/LIVE_BAD_1/live?agent_id=AGENT_0042"
                + "&customer_id=CUST_000042&token=" + token))) {
            producer.next();
            producer.send("not json");
            producer.send("{\"text\": \"no speaker\"}");
            producer.send("{\"speaker\": \"Agent: Bob\", \"text\": \"colon in the label\"}");
            producer.send("{\"speaker\": \"Agent\", \"text\": \"   \"}");
            producer.send("{\"speaker\": \"Agent\", \"text\": \"late\", \"start_ms\": 5000, \"end_ms\": 10}");
            producer.send("{\"type\": \"pause\"}");
            producer.send("{\"type\": \"end\"}");
            producer.send("{\"speaker\": \"Agent\", \"text\": \"" + "word ".repeat(600) + "\"}");
            for (String error : List.of("invalid_json", "invalid_message", "invalid_message", "invalid_message",
                    "invalid_message", "invalid_message", "empty_call", "message_too_large")) {
                JsonNode reply = producer.next();
                assertThat(reply.get("type").asString()).isEqualTo("error");
                assertThat(reply.get("error").asString()).isEqualTo(error);
                assertThat(reply.get("detail").asString()).isNotBlank();
            }
            producer.send("{\"speaker\": \"Agent\", \"text\": \"Still here.\", \"start_ms\": 5000}");
            assertThat(producer.next().get("type").asString()).isEqualTo("utterance");
            producer.send("{\"speaker\": \"Agent\", \"text\": \"Back in time.\", \"start_ms\": 4000}");
            assertThat(producer.next().get("detail").asString()).contains("previous utterance");
        }
    }

    @Test
    void aCallStoredMeanwhileUnderTheLiveIdEndsInAConflictNotInASummary() {
        try (LiveClient producer = LiveClient.connect(ws("/ws/calls/LIVE_RACE_1/live?agent_id=AGENT_0042"
                + "&customer_id=CUST_000042&token=" + token))) {
            assertThat(producer.next().get("type").asString()).isEqualTo("started");
            producer.send("{\"speaker\": \"Agent\", \"text\": \"Hello from the live call.\"}");
            assertThat(producer.next().get("type").asString()).isEqualTo("utterance");
            store("LIVE_RACE_1", "AGENT_0042", "Agent: Posted by someone else meanwhile.", 3);

            producer.send("{\"type\": \"end\"}");
            JsonNode reply = producer.next();
            assertThat(reply.get("type").asString()).isEqualTo("error");
            assertThat(reply.get("error").asString()).isEqualTo("conflict");
            assertThat(producer.closeCode()).isEqualTo(4409);
        }
        assertThat(api.get("/api/v1/calls/LIVE_RACE_1", token).body().get("transcript").asString())
                .isEqualTo("Agent: Posted by someone else meanwhile.");
    }

    @Test
    void anUtteranceWithANulIsRefusedWhenItArrivesAndTheCallIsStillStored() {
        try (LiveClient producer = LiveClient.connect(ws("/ws/calls/LIVE_NUL_1/live?agent_id=AGENT_0042"
                + "&customer_id=CUST_000042&token=" + token))) {
            producer.next();
            producer.send("{\"speaker\": \"Agent\", \"text\": \"Broken\\u0000text\"}");
            JsonNode refused = producer.next();
            assertThat(refused.get("error").asString()).isEqualTo("invalid_message");
            assertThat(refused.get("detail").asString()).contains("text", "NUL");
            producer.send("{\"speaker\": \"Agent\", \"text\": \"Lone \\ud800 surrogate\"}");
            assertThat(producer.next().get("error").asString()).isEqualTo("invalid_message");
            producer.send("{\"speaker\": \"Agent\", \"text\": \"A clean sentence.\"}");
            assertThat(producer.next().get("type").asString()).isEqualTo("utterance");
            producer.send("{\"type\": \"end\"}");
            assertThat(producer.until(LiveClient.type("summary")).getLast().get("utterances").asInt()).isEqualTo(1);
            assertThat(producer.closeCode()).isEqualTo(1000);
        }
        assertThat(analysed("LIVE_NUL_1").get("transcript").asString()).endsWith("Agent: A clean sentence.");
    }

    @Test
    void aFloodIsDroppedBeyondTheRateWithOneNoticeAndTheConnectionRecovers() throws InterruptedException {
        try (LiveClient producer = LiveClient.connect(ws("/ws/calls/LIVE_FLOOD_1/live?agent_id=AGENT_0042"
                + "&customer_id=CUST_000042&token=" + token))) {
            producer.next();
            for (int i = 0; i < 150; i++) {
                producer.send("{}");
            }
            Thread.sleep(1_100); // the bucket refills
            producer.send("{\"speaker\": \"Agent\", \"text\": \"Back to normal.\"}");
            List<JsonNode> replies = producer.until(LiveClient.type("utterance"));

            List<String> errors = replies.stream().filter(LiveClient.type("error"))
                    .map(m -> m.get("error").asString()).toList();
            assertThat(errors).contains("rate_limited", "invalid_message");
            assertThat(errors).filteredOn("rate_limited"::equals).as("a notice, not one reply per dropped message")
                    .hasSizeLessThanOrEqualTo(3);
            assertThat(errors).filteredOn("invalid_message"::equals).as("only what the rate allowed was handled")
                    .hasSizeLessThan(150);
        }
    }

    @Test
    void aProducerCannotStreamACallThatIsStoredOrAlreadyLive() {
        store("STORED_CONFLICT_1", "AGENT_0001", "Agent: Hello.", 2);
        try (LiveClient producer = LiveClient.connect(ws("/ws/calls/STORED_CONFLICT_1/live?agent_id=AGENT_0001"
                + "&customer_id=CUST_000001&token=" + token))) {
            assertThat(producer.next().get("error").asString()).isEqualTo("conflict");
            assertThat(producer.closeCode()).isEqualTo(4409);
        }
        String live = ws("/ws/calls/LIVE_TWICE_1/live?agent_id=AGENT_0001&customer_id=CUST_000001&token=" + token);
        try (LiveClient first = LiveClient.connect(live); LiveClient second = LiveClient.connect(live)) {
            assertThat(first.next().get("type").asString()).isEqualTo("started");
            assertThat(second.next().get("error").asString()).isEqualTo("conflict");
            assertThat(second.closeCode()).isEqualTo(4409);
        }
    }
}
