package com.salescalls.calls;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.generator.CallGenerator;
import com.salescalls.support.Api;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calls list and detail over HTTP against real PostgreSQL. Expected results are computed here from the
 * full, unfiltered list, independently of the SQL that the API runs.
 */
@IntegrationTest
@TestPropertySource(properties = "test.own-database=calls_list_") // its totals count every stored call
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallsApiIntegrationTest {

    static final Instant ANCHOR = Instant.parse("2026-06-30T12:00:00Z");
    static final int GENERATED = 60;

    @Autowired
    Api api;

    @Autowired
    CallService calls;

    @Autowired
    AnalysisService pipeline;

    String token;
    List<JsonNode> all;

    @BeforeAll
    void storeCalls() {
        if (calls.count() == 0) {
            List<NewCall> batch = new ArrayList<>(new CallGenerator(7, ANCHOR).generate(GENERATED, 1).stream()
                    .map(c -> new NewCall(c.callId(), c.agentId(), c.customerId(), c.language(), c.startTime(),
                            c.durationSeconds(), c.transcript()))
                    .toList());
            OffsetDateTime when = OffsetDateTime.of(2026, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC);
            batch.add(new NewCall("ext-zebra-1", "AGENT_9999", "CUST_999999", "de", when, 120,
                    "Agent: Welcome to Zebraware.\nCustomer: Zebraware zebraware zebraware, I love it, great value!"));
            batch.add(new NewCall("ext-zebra-2", "AGENT_9999", "CUST_999998", "en", when.plusDays(1), 90,
                    "Agent: Zebraware pricing starts at ten dollars.\nCustomer: That pricing is awful."));
            calls.ingest(batch);
        }
        pipeline.awaitAnalysis(Duration.ofMinutes(10));
        token = api.tokenFor("calls-reader", "password-1");
        all = fetchAll("");
    }

    private List<JsonNode> fetchAll(String filter) {
        List<JsonNode> found = new ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            JsonNode page = api.get("/api/v1/calls?limit=100&offset=" + offset + filter, token).body();
            page.get("calls").forEach(found::add);
            if (page.get("calls").size() < 100) {
                return found;
            }
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("calls").forEach(call -> ids.add(call.get("call_id").asString()));
        return ids;
    }

    private List<String> expected(Predicate<JsonNode> predicate) {
        return all.stream().filter(predicate).map(call -> call.get("call_id").asString()).toList();
    }

    private static Instant start(JsonNode call) {
        return Instant.parse(call.get("start_time").asString());
    }

    private static double sentiment(JsonNode call) {
        return call.get("customer_sentiment_score").asDouble();
    }

    @Test
    void listsNewestFirstWithDefaultPageAndTotal() {
        Api.Response response = api.get("/api/v1/calls", token);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("total").asLong()).isEqualTo(GENERATED + 2);
        assertThat(response.body().get("limit").asInt()).isEqualTo(50);
        assertThat(response.body().get("offset").asInt()).isZero();
        assertThat(response.body().get("calls")).hasSize(50);
        List<Instant> starts = new ArrayList<>();
        response.body().get("calls").forEach(call -> starts.add(start(call)));
        assertThat(starts).isSortedAccordingTo((a, b) -> b.compareTo(a));
        JsonNode first = response.body().get("calls").get(0);
        assertThat(first.has("embedding")).isFalse();
        assertThat(first.get("analysis_status").asString()).isEqualTo("analyzed");
        assertThat(first.get("agent_talk_ratio").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void pagesAreDisjointAndCoverEveryCallOnce() {
        Set<String> seen = new HashSet<>();
        for (int offset = 0; offset < GENERATED + 2; offset += 25) {
            JsonNode page = api.get("/api/v1/calls?limit=25&offset=" + offset, token).body();
            assertThat(page.get("total").asLong()).isEqualTo(GENERATED + 2);
            for (String id : ids(page)) {
                assertThat(seen.add(id)).as("call %s on two pages", id).isTrue();
            }
        }
        assertThat(seen).hasSize(GENERATED + 2);
        assertThat(api.get("/api/v1/calls?offset=1000", token).body().get("calls")).isEmpty();
    }

    @Test
    void filtersByAgentCustomerAndLanguage() {
        String agent = all.get(3).get("agent_id").asString();
        assertFilter("&agent_id=" + agent, call -> call.get("agent_id").asString().equals(agent));
        String customer = all.get(5).get("customer_id").asString();
        assertFilter("&customer_id=" + customer, call -> call.get("customer_id").asString().equals(customer));
        assertFilter("&language=de", call -> call.get("language").asString().equals("de"));
        assertThat(ids(api.get("/api/v1/calls?language=de", token).body())).containsExactly("ext-zebra-1");
    }

    @Test
    void filtersByDatesGivenAsDaysOrInstants() {
        Instant middle = start(all.get(all.size() / 2));
        String day = middle.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        Instant dayStart = middle.truncatedTo(ChronoUnit.DAYS);
        assertFilter("&from_date=" + day, call -> !start(call).isBefore(dayStart));
        assertFilter("&to_date=" + day, call -> start(call).isBefore(dayStart.plus(1, ChronoUnit.DAYS)));
        assertFilter("&to_date=" + middle, call -> !start(call).isAfter(middle));
        assertFilter("&from_date=" + middle, call -> !start(call).isBefore(middle));
        assertFilter("&from_date=" + day + "&to_date=" + day, call -> start(call).truncatedTo(ChronoUnit.DAYS)
                .equals(dayStart));
    }

    @Test
    void filtersBySentimentRange() {
        assertFilter("&min_sentiment=0.2", call -> sentiment(call) >= 0.2);
        assertFilter("&max_sentiment=-0.1", call -> sentiment(call) <= -0.1);
        assertFilter("&min_sentiment=-0.5&max_sentiment=0.5",
                call -> sentiment(call) >= -0.5 && sentiment(call) <= 0.5);
    }

    @Test
    void combinesFilters() {
        String agent = all.get(0).get("agent_id").asString();
        Instant from = ANCHOR.minus(60, ChronoUnit.DAYS);
        assertFilter("&agent_id=" + agent + "&from_date=" + from + "&min_sentiment=-0.9",
                call -> call.get("agent_id").asString().equals(agent) && !start(call).isBefore(from)
                        && sentiment(call) >= -0.9);
    }

    @Test
    void fullTextSearchRanksByRelevance() {
        JsonNode result = api.get("/api/v1/calls?q=zebraware", token).body();
        assertThat(result.get("total").asLong()).isEqualTo(2);
        assertThat(ids(result)).containsExactly("ext-zebra-1", "ext-zebra-2");
        assertThat(ids(api.get("/api/v1/calls?q=zebraware%20-pricing", token).body())).containsExactly("ext-zebra-1");
        assertThat(ids(api.get("/api/v1/calls?q=%22pricing%20is%20awful%22", token).body()))
                .containsExactly("ext-zebra-2");
        JsonNode oldestFirst = api.get("/api/v1/calls?q=zebraware&sort=start_time", token).body();
        assertThat(ids(oldestFirst)).containsExactly("ext-zebra-1", "ext-zebra-2");
        assertThat(api.get("/api/v1/calls?q=zebraware&agent_id=AGENT_0001", token).body().get("total").asLong())
                .isZero();
    }

    @Test
    void sortsBySentimentBothWays() {
        List<String> ascending = ids(api.get("/api/v1/calls?limit=100&sort=customer_sentiment_score", token).body());
        List<String> descending = ids(api.get("/api/v1/calls?limit=100&sort=-customer_sentiment_score", token)
                .body());
        assertThat(ascending).hasSize(GENERATED + 2);
        assertThat(descending).containsExactlyElementsOf(ascending.reversed());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "limit=0|limit", "limit=101|limit", "limit=abc|limit", "offset=-1|offset",
            "min_sentiment=1.5|min_sentiment", "max_sentiment=-2|max_sentiment", "min_sentiment=NaN|min_sentiment",
            "min_sentiment=0.5&max_sentiment=0.1|min_sentiment", "from_date=yesterday|from_date",
            "to_date=2026-13-01|to_date", "from_date=2026-05-02&to_date=2026-05-01|from_date",
            "sort=bogus|sort", "sort=relevance|sort", "q=|q", "q=%20%20|q", "agent_id=bad%20id|agent_id",
            "language=english!|language"})
    void rejectsBadParameterWith422NamingIt(String query, String parameter) {
        Api.Response response = api.get("/api/v1/calls?" + query, token);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.raw().getContentType()).isEqualTo("application/problem+json");
        assertThat(response.body().get("detail").asString()).contains(parameter);
        assertThat(response.body().get("errors").findValuesAsString("parameter")).contains(parameter);
    }

    @Test
    void namesEveryBadParameterInOne422EvenWhenADateIsBad() {
        Api.Response response = api.get("/api/v1/calls?from_date=yesterday&to_date=2026-13-01&min_sentiment=2"
                + "&sort=bogus", token);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().get("errors").findValuesAsString("parameter"))
                .containsExactlyInAnyOrder("sort", "min_sentiment", "from_date", "to_date");
    }

    @Test
    void rejectsOverLongQuery() {
        assertThat(api.get("/api/v1/calls?q=" + "a".repeat(201), token).status()).isEqualTo(422);
    }

    @Test
    void showsOneCallWithEmbeddingOnlyOnRequest() {
        String id = all.get(0).get("call_id").asString();
        JsonNode call = api.get("/api/v1/calls/" + id, token).body();
        assertThat(call.get("call_id").asString()).isEqualTo(id);
        for (String field : List.of("agent_id", "customer_id", "language", "start_time", "duration_seconds",
                "transcript", "agent_talk_ratio", "customer_sentiment_score", "analysis_status")) {
            assertThat(call.has(field)).as(field).isTrue();
        }
        assertThat(call.has("embedding")).isFalse();

        JsonNode withEmbedding = api.get("/api/v1/calls/" + id + "?include=embedding", token).body();
        assertThat(withEmbedding.get("embedding")).hasSize(384);
        double norm = 0;
        for (JsonNode value : withEmbedding.get("embedding")) {
            norm += value.asDouble() * value.asDouble();
        }
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(api.get("/api/v1/calls/" + id + "?include=everything", token).status()).isEqualTo(422);
    }

    @Test
    void unknownCallIs404() {
        Api.Response response = api.get("/api/v1/calls/CALL_99999999", token);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("detail").asString()).contains("not found");
    }

    @Test
    void agentUserSeesOnlyItsOwnAgentsCalls() {
        String own = all.get(0).get("agent_id").asString();
        String otherCall = all.stream().filter(call -> !call.get("agent_id").asString().equals(own))
                .findFirst().orElseThrow().get("call_id").asString();
        String ownCall = all.get(0).get("call_id").asString();
        String agentToken = api.tokenFor("agent-user", "password-1");
        api.patchJson("/api/v1/admin/users/agent-user", Map.of("role", "agent", "agent_id", own), api.adminToken());

        assertThat(api.get("/api/v1/calls/" + ownCall, agentToken).status()).isEqualTo(200);
        Api.Response foreign = api.get("/api/v1/calls/" + otherCall, agentToken);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body().get("detail").asString()).contains("not found");

        JsonNode list = api.get("/api/v1/calls?limit=100", agentToken).body();
        assertThat(list.get("total").asLong()).isEqualTo(expected(c -> c.get("agent_id").asString().equals(own))
                .size());
        list.get("calls").forEach(call -> assertThat(call.get("agent_id").asString()).isEqualTo(own));
        String otherAgent = all.stream().map(c -> c.get("agent_id").asString()).filter(a -> !a.equals(own))
                .findFirst().orElseThrow();
        assertThat(api.get("/api/v1/calls?agent_id=" + otherAgent, agentToken).body().get("total").asLong())
                .isZero();
        assertThat(api.get("/api/v1/admin/users", agentToken).status()).isEqualTo(403);
    }

    private void assertFilter(String filter, Predicate<JsonNode> predicate) {
        List<String> expected = expected(predicate);
        JsonNode firstPage = api.get("/api/v1/calls?limit=100" + filter, token).body();
        assertThat(firstPage.get("total").asLong()).as(filter).isEqualTo(expected.size());
        assertThat(fetchAll(filter).stream().map(call -> call.get("call_id").asString()).toList())
                .as(filter).containsExactlyElementsOf(expected);
        assertThat(expected).as("filter %s should select some calls but not all", filter)
                .isNotEmpty().hasSizeLessThan(all.size());
    }
}
