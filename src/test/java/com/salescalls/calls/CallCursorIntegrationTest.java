package com.salescalls.calls;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.generator.CallGenerator;
import com.salescalls.support.Api;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Keyset pages of the calls list ({@code cursor} / {@code next_cursor}) and its bounded total. */
@IntegrationTest
@TestPropertySource(properties = "test.own-database=calls_cursor_") // it stores calls while paging, and many more
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CallCursorIntegrationTest {

    static final Instant ANCHOR = Instant.parse("2026-06-30T12:00:00Z");
    static final int STORED = 40;

    @Autowired
    Api api;

    @Autowired
    CallService calls;

    @Autowired
    AnalysisService pipeline;

    @Autowired
    JdbcClient jdbc;

    String token;
    int arrived;

    @BeforeAll
    void storeCalls() {
        calls.ingest(new CallGenerator(11, ANCHOR).generate(STORED, 1).stream()
                .map(c -> new NewCall(c.callId(), c.agentId(), c.customerId(), c.language(), c.startTime(),
                        c.durationSeconds(), c.transcript()))
                .toList());
        pipeline.awaitAnalysis(Duration.ofMinutes(10));
        token = api.tokenFor("cursor-reader", "password-1");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("calls").forEach(call -> ids.add(call.get("call_id").asString()));
        return ids;
    }

    /** Two more calls (pending: no scores yet), with start times anywhere in the stored calls' range. */
    private void moreCallsArrive() {
        List<NewCall> batch = new CallGenerator(1000 + arrived, ANCHOR).generate(2, 1).stream()
                .map(c -> new NewCall("arrived-" + arrived + "-" + c.callId(), c.agentId(), c.customerId(),
                        c.language(), c.startTime(), c.durationSeconds(), c.transcript()))
                .toList();
        arrived++;
        calls.ingest(batch);
    }

    @Order(1)
    @ParameterizedTest
    @EnumSource(value = CallSort.class, names = "RELEVANCE", mode = EnumSource.Mode.EXCLUDE)
    void pagesThroughEveryOrderByCursorLosingAndRepeatingNoRowWhileCallsArrive(CallSort sort) {
        List<String> before = jdbc.sql("SELECT call_id FROM calls WHERE call_id NOT LIKE 'arrived-%' ORDER BY "
                + sort.orderBy()).query(String.class).list();
        assertThat(before).hasSize(STORED);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 100; page++) {
            JsonNode body = api.get("/api/v1/calls?limit=7&sort=" + sort.wireName()
                    + (cursor == null ? "" : "&cursor=" + cursor), token).body();
            seen.addAll(ids(body));
            moreCallsArrive();
            cursor = body.get("next_cursor").isNull() ? null : body.get("next_cursor").asString();
            if (cursor == null) {
                break;
            }
            assertThat(body.get("calls")).hasSize(7);
        }
        assertThat(cursor).as("the last page comes").isNull();
        assertThat(new HashSet<>(seen)).as("no call on two pages").hasSize(seen.size());
        assertThat(seen.stream().filter(id -> !id.startsWith("arrived-")).toList())
                .as("every call once, in the order of the whole list").containsExactlyElementsOf(before);
    }

    @Order(2)
    @Test
    void aCursorPagesWithinTheFiltersAndTheAgentScope() {
        String agent = jdbc.sql("SELECT agent_id FROM calls GROUP BY agent_id ORDER BY count(*) DESC LIMIT 1")
                .query(String.class).single();
        Set<String> expected = new HashSet<>(jdbc.sql("SELECT call_id FROM calls WHERE agent_id = ?").param(agent)
                .query(String.class).list());
        api.tokenFor("cursor-agent", "password-1");
        api.patchJson("/api/v1/admin/users/cursor-agent", java.util.Map.of("role", "agent", "agent_id", agent),
                api.adminToken());
        String agentToken = api.login("cursor-agent", "password-1");
        for (String[] reader : new String[][] {{token, "&agent_id=" + agent}, {agentToken, ""}}) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                JsonNode body = api.get("/api/v1/calls?limit=2&sort=-duration_seconds" + reader[1]
                        + (cursor == null ? "" : "&cursor=" + cursor), reader[0]).body();
                seen.addAll(ids(body));
                assertThat(body.get("total").asLong()).isEqualTo(expected.size());
                cursor = body.get("next_cursor").isNull() ? null : body.get("next_cursor").asString();
            } while (cursor != null);
            assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Order(3)
    @Test
    void refusesACursorThatIsNotOneOfThisListsWith422() {
        String next = api.get("/api/v1/calls?limit=5", token).body().get("next_cursor").asString();
        for (String bad : List.of("not-base64!", "bm9uc2Vuc2U", next.substring(0, next.length() - 3),
                java.util.Base64.getUrlEncoder().encodeToString("c1\n-start_time\nyesterday\nCALL_1".getBytes()),
                java.util.Base64.getUrlEncoder().encodeToString("c1\n-start_time\n2026-01-01T00:00:00Z\nbad id"
                        .getBytes()))) {
            Api.Response response = api.get("/api/v1/calls?cursor=" + bad, token);
            assertThat(response.status()).as(bad).isEqualTo(422);
            assertThat(response.raw().getContentType()).contains("application/problem+json");
            assertThat(response.body().get("errors").get(0).get("parameter").asString()).isEqualTo("cursor");
        }
        Api.Response otherOrder = api.get("/api/v1/calls?sort=duration_seconds&cursor=" + next, token);
        assertThat(otherOrder.status()).isEqualTo(422);
        assertThat(otherOrder.body().get("detail").asString()).contains("sort=-start_time");
        assertThat(api.get("/api/v1/calls?offset=5&cursor=" + next, token).body().get("errors").get(0)
                .get("parameter").asString()).isEqualTo("offset");
        assertThat(api.get("/api/v1/calls?q=price&cursor=" + next, token).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/calls?cursor=" + "a".repeat(513), token).status()).isEqualTo(422);
    }

    @Order(4)
    @Test
    void theTotalIsExactUpToTheBoundAndAnEstimateBeyondIt() {
        JsonNode small = api.get("/api/v1/calls?limit=1", token).body();
        assertThat(small.get("total_is_estimate").asBoolean()).isFalse();
        assertThat(small.get("total").asLong()).isEqualTo(calls.count());
        jdbc.sql("""
                INSERT INTO calls (call_id, agent_id, customer_id, language, start_time, duration_seconds, transcript)
                SELECT 'bulk-' || n, 'AGENT_BULK', 'CUST_BULK', 'en', now() - n * interval '1 minute', n, 'Agent: Hi.'
                FROM generate_series(1, 1500) AS n""").update();
        jdbc.sql("ANALYZE calls").update();
        JsonNode large = api.get("/api/v1/calls?limit=1", token).body();
        assertThat(large.get("total_is_estimate").asBoolean()).isTrue();
        assertThat(large.get("total").asLong()).isGreaterThan(CallService.EXACT_TOTAL_LIMIT)
                .isBetween(calls.count() / 2, calls.count() * 2);
        JsonNode filtered = api.get("/api/v1/calls?limit=1&agent_id=AGENT_BULK&min_sentiment=0", token).body();
        assertThat(filtered.get("total_is_estimate").asBoolean()).isFalse();
        assertThat(filtered.get("total").asLong()).isZero();
        JsonNode bounded = api.get("/api/v1/calls?limit=1&agent_id=AGENT_BULK&to_date=" + Instant.now()
                .minus(Duration.ofMinutes(1000)), token).body();
        assertThat(bounded.get("total_is_estimate").asBoolean()).isFalse();
        assertThat(bounded.get("total").asLong()).isBetween(499L, 501L);
    }
}
