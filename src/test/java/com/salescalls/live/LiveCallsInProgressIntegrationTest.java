package com.salescalls.live;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.salescalls.support.Api;
import com.salescalls.support.WebSocketIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/live/calls}: the calls being streamed now, through the Redis bus, in each user's scope. */
@WebSocketIntegrationTest
class LiveCallsInProgressIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    private String agentToken(String username, String agentId) {
        api.postJson("/api/v1/admin/users", Map.of("username", username, "email", username + "@example.com",
                "password", "agent-password-1", "role", "agent", "agent_id", agentId), api.adminToken());
        return api.login(username, "agent-password-1");
    }

    private LiveClient produce(String callId, String agentId, String token) {
        LiveClient producer = LiveClient.connect("ws://127.0.0.1:" + port + "/ws/calls/" + callId
                + "/live?customer_id=CUST_000001&agent_id=" + agentId + "&token=" + token);
        producer.until(LiveClient.type("started"));
        return producer;
    }

    private List<String> listed(String token) {
        JsonNode calls = api.get("/api/v1/live/calls", token).body().get("calls");
        return calls.valueStream().map(c -> c.get("call_id").asString() + "/" + c.get("agent_id").asString()).toList();
    }

    @Test
    void listsCallsWhileTheyAreStreamedAndAnAgentOnlyItsOwn() {
        String admin = api.adminToken();
        String agent = agentToken("live-list-agent", "AGENT_7101");
        try (LiveClient own = produce("LIVE_LIST_OWN", "AGENT_7101", admin);
             LiveClient other = produce("LIVE_LIST_OTHER", "AGENT_7102", admin)) {

            assertThat(listed(admin)).contains("LIVE_LIST_OWN/AGENT_7101", "LIVE_LIST_OTHER/AGENT_7102");
            assertThat(listed(agent)).contains("LIVE_LIST_OWN/AGENT_7101")
                    .noneMatch(call -> call.startsWith("LIVE_LIST_OTHER"));

            own.send("{\"speaker\": \"Agent\", \"text\": \"Thanks for joining, this will be short.\"}");
            own.send("{\"type\": \"end\"}");
            own.until(LiveClient.type("summary"));
            // the summary goes out as the call is stored; its live claim is released right after
            long deadline = System.currentTimeMillis() + 5_000;
            while (listed(admin).contains("LIVE_LIST_OWN/AGENT_7101") && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(listed(admin)).doesNotContain("LIVE_LIST_OWN/AGENT_7101").contains("LIVE_LIST_OTHER/AGENT_7102");
        }
    }

    @Test
    void refusesALimitOutOfRange() {
        Api.Response response = api.get("/api/v1/live/calls?limit=0", api.adminToken());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().get("detail").asString()).contains("limit");
    }

    @Test
    void needsAToken() {
        assertThat(api.get("/api/v1/live/calls").status()).isEqualTo(401);
    }
}
