package com.salescalls.live;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.salescalls.calls.CallService;
import com.salescalls.calls.NewCall;
import com.salescalls.support.Api;
import com.salescalls.support.WebSocketIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may watch and stream which calls, and the per-user and idle limits. */
@WebSocketIntegrationTest
class LiveAccessIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    CallService calls;

    private String ws(String path) {
        return "ws://127.0.0.1:" + port + path;
    }

    private String agentToken(String username, String agentId) {
        api.postJson("/api/v1/admin/users", Map.of("username", username, "email", username + "@example.com",
                "password", "agent-password-1", "role", "agent", "agent_id", agentId), api.adminToken());
        return api.login(username, "agent-password-1");
    }

    private void store(String callId, String agentId) {
        calls.ingest(List.of(new NewCall(callId, agentId, "CUST_000001", "en",
                OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC), 4, "Agent: Hello.\nCustomer: Hi.")));
    }

    @Test
    void anAgentReplaysItsOwnCallsAndSeesOthersAsNotExistingUntilTheIdleTimeout() {
        String agent = agentToken("live-agent-a", "AGENT_7001");
        store("OWN_CALL_1", "AGENT_7001");
        store("OTHER_CALL_1", "AGENT_7002");
        try (LiveClient own = LiveClient.connect(ws("/ws/sentiment/OWN_CALL_1?token=" + agent))) {
            assertThat(own.until(LiveClient.type("summary"))).hasSize(3);
        }
        String admin = api.adminToken();
        try (LiveClient other = LiveClient.connect(ws("/ws/sentiment/OTHER_CALL_1?token=" + agent));
             LiveClient othersLive = LiveClient.connect(ws("/ws/sentiment/OTHER_LIVE_1?token=" + agent));
             LiveClient producer = LiveClient.connect(ws("/ws/calls/OTHER_LIVE_1/live?agent_id=AGENT_7002"
                     + "&customer_id=CUST_000001&token=" + admin))) {
            assertThat(other.next().get("type").asString()).isEqualTo("waiting");
            assertThat(othersLive.next().get("type").asString()).isEqualTo("waiting");
            producer.next();
            producer.send("{\"speaker\": \"Agent\", \"text\": \"Secret pricing.\"}");
            producer.next();
            // nothing of the other agent's call reaches it: the next thing it hears is the idle timeout
            assertThat(othersLive.next().get("type").asString()).isEqualTo("timeout");
            assertThat(othersLive.closeCode()).isEqualTo(4408);
            assertThat(other.next().get("type").asString()).isEqualTo("timeout");
        }
    }

    @Test
    void anAgentStreamsOnlyItsOwnCalls() {
        String agent = agentToken("live-agent-b", "AGENT_7003");
        assertThat(LiveClient.refusedStatus(ws("/ws/calls/AGENT_B_1/live?agent_id=AGENT_7004"
                + "&customer_id=CUST_000001&token=" + agent))).isEqualTo(403);
        try (LiveClient producer = LiveClient.connect(ws("/ws/calls/AGENT_B_2/live?customer_id=CUST_000001&token="
                + agent))) {
            assertThat(producer.next().get("agent_id").asString()).as("defaults to the agent's own id")
                    .isEqualTo("AGENT_7003");
        }
    }

    @Test
    void anAgentStreamingUnderAnotherAgentsStoredIdIsRefusedLikeAnyConflictAndLearnsNothing() {
        String agent = agentToken("live-agent-c", "AGENT_7005");
        store("AGENT_C_OWN", "AGENT_7005");
        store("AGENT_C_OTHER", "AGENT_7006");
        String own;
        try (LiveClient producer = LiveClient.connect(ws("/ws/calls/AGENT_C_OWN/live?customer_id=CUST_000001&token="
                + agent))) {
            JsonNode reply = producer.next();
            assertThat(reply.get("error").asString()).isEqualTo("conflict");
            own = reply.get("detail").asString();
            assertThat(producer.closeCode()).isEqualTo(4409);
        }
        try (LiveClient producer = LiveClient.connect(ws("/ws/calls/AGENT_C_OTHER/live?customer_id=CUST_000001"
                + "&token=" + agent))) {
            JsonNode reply = producer.next();
            assertThat(reply.get("type").asString()).as("refused at once, not acknowledged").isEqualTo("error");
            assertThat(reply.get("error").asString()).isEqualTo("conflict");
            assertThat(reply.get("detail").asString().replace("AGENT_C_OTHER", "ID"))
                    .as("the same answer as for its own stored call").isEqualTo(own.replace("AGENT_C_OWN", "ID"))
                    .doesNotContain("AGENT_7006");
            assertThat(producer.closeCode()).isEqualTo(4409);
        }
        assertThat(api.get("/api/v1/calls/AGENT_C_OTHER", api.adminToken()).body().get("agent_id").asString())
                .isEqualTo("AGENT_7006");
    }

    @Test
    void aUserHasABoundedNumberOfConnections() {
        String token = api.tokenFor("live-many", "many-password-1");
        List<LiveClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                open.add(LiveClient.connect(ws("/ws/sentiment/MANY_" + i + "?token=" + token)));
                assertThat(open.getLast().next().get("type").asString()).isEqualTo("waiting");
            }
            assertThat(LiveClient.refusedStatus(ws("/ws/sentiment/MANY_7?token=" + token))).isEqualTo(429);
            open.removeFirst().close();
            await(() -> LiveClient.refusedStatus(ws("/ws/sentiment/MANY_8?token=" + token)) == 101);
        } finally {
            open.forEach(LiveClient::close);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
