package com.salescalls.similarity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.calls.CallFilter;
import com.salescalls.calls.CallService;
import com.salescalls.calls.CallSort;
import com.salescalls.calls.CallsAnalyzed;
import com.salescalls.calls.KeywordRanking;
import com.salescalls.calls.NewCall;
import com.salescalls.identity.CurrentUser;
import com.salescalls.identity.Role;
import com.salescalls.support.Api;
import com.salescalls.support.TestDatabase;
import com.salescalls.support.TestIndex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyword search from the index (BM25, highlights, filters, agent scope, today's q syntax) over both endpoints
 * that use it, and PostgreSQL answering while the index is behind or closed. The index polls only once an hour
 * here, so it reads what another instance stored only when told: the test decides when it is behind.
 */
@SpringBootTest(properties = {
        "app.generator.demo-calls=0",
        "app.identity.jwt-secret=integration-test-secret-that-is-long-enough-0123456789",
        "app.identity.admin-username=" + Api.ADMIN,
        "app.identity.admin-password=" + Api.ADMIN_PASSWORD,
        "app.similarity.poll-interval=1h",
        TestIndex.PROPERTY,
})
@AutoConfigureMockMvc
@Import(Api.class)
@ContextConfiguration(initializers = KeywordSearchIntegrationTest.OwnDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeywordSearchIntegrationTest {

    static final OffsetDateTime DAY = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    static final CurrentUser MANAGER = new CurrentUser(0, "test", Role.MANAGER, null);

    /** Calls of their own: the shared database's counts must not change. */
    static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("app.platform.database-url=" + TestDatabase.libpqUrl("keyword")).applyTo(context);
        }
    }

    @Autowired
    Api api;

    @Autowired
    CallService calls;

    @Autowired
    AnalysisService pipeline;

    @Autowired
    IndexService index;

    @Autowired
    KeywordRanking ranking;

    @Autowired
    JdbcClient jdbc;

    String token;
    final Map<String, Double> sentiment = new HashMap<>();

    @BeforeAll
    void storeCalls() {
        calls.ingest(List.of(
                new NewCall("kw-many", "AGENT_7001", "CUST_700001", "en", DAY, 120,
                        "Agent: Welcome to Quokkasoft.\nCustomer: Quokkasoft, Quokkasoft, I love Quokkasoft, great value!"),
                new NewCall("kw-once", "AGENT_7002", "CUST_700002", "de", DAY.plusDays(1), 300,
                        "Agent: Good morning, thanks for taking the time today.\nCustomer: Sure. We looked at "
                                + "several vendors this quarter, Quokkasoft among them, and we are still comparing "
                                + "the onboarding plans, the support hours and the contract terms of each one."),
                new NewCall("kw-pricing", "AGENT_7002", "CUST_700003", "en", DAY.plusDays(2), 90,
                        "Agent: Quokkasoft pricing starts at ten dollars a seat.\nCustomer: That pricing is awful, "
                                + "I am disappointed."),
                new NewCall("kw-renewal", "AGENT_7001", "CUST_700004", "en", DAY.plusDays(3), 60,
                        "Agent: Your contract renewal is due next quarter.\nCustomer: Fine, as long as the "
                                + "price stays.")));
        pipeline.awaitAnalysis(Duration.ofMinutes(10));
        awaitIndexAnswers();
        token = api.tokenFor("keyword-reader", "password-1");
        for (String id : List.of("kw-many", "kw-once", "kw-pricing", "kw-renewal")) {
            sentiment.put(id, api.get("/api/v1/calls/" + id, token).body().get("customer_sentiment_score").asDouble());
        }
    }

    private boolean indexAnswers() {
        return ranking.rank(new CallFilter(null, null, null, null, null, null, null, "quokkasoft", CallSort.RELEVANCE,
                10, 0), MANAGER).isPresent();
    }

    private void awaitIndexAnswers() {
        SimilarityIntegrationTest.await(this::indexAnswers, 10_000);
    }

    private List<String> search(String query, String token) {
        JsonNode body = api.get("/api/v1/search?mode=keyword&q=" + query, token).body();
        List<String> ids = new ArrayList<>();
        body.get("results").forEach(r -> ids.add(r.get("call_id").asString()));
        assertThat(body.get("total").asLong()).as(query).isEqualTo(ids.size());
        return ids;
    }

    private List<String> list(String query, String token) {
        JsonNode body = api.get("/api/v1/calls?q=" + query, token).body();
        List<String> ids = new ArrayList<>();
        body.get("calls").forEach(r -> ids.add(r.get("call_id").asString()));
        assertThat(body.get("total").asLong()).as(query).isEqualTo(ids.size());
        assertThat(body.get("total_is_estimate").asBoolean()).isFalse();
        return ids;
    }

    @Test
    void ranksByBm25WithHighlightedSnippetsOnBothEndpoints() {
        assertThat(indexAnswers()).isTrue();
        JsonNode body = api.get("/api/v1/search?mode=keyword&q=quokkasoft", token).body();
        List<String> ids = new ArrayList<>();
        body.get("results").forEach(r -> ids.add(r.get("call_id").asString()));
        // four mentions in a short call, then one in a short call, then one in a long call
        assertThat(ids).containsExactly("kw-many", "kw-pricing", "kw-once");
        assertThat(body.get("total").asLong()).isEqualTo(3);
        JsonNode first = body.get("results").get(0);
        assertThat(first.get("snippet").asString()).contains("**Quokkasoft**").doesNotContain("<");
        assertThat(first.get("score").asDouble()).isGreaterThan(body.get("results").get(1).get("score").asDouble());
        assertThat(first.get("ranks").get("keyword").asInt()).isEqualTo(1);
        assertThat(list("quokkasoft", token)).containsExactlyElementsOf(ids);
        JsonNode second = api.get("/api/v1/search?mode=keyword&q=quokkasoft&limit=1&offset=1", token).body();
        assertThat(second.get("results").get(0).get("call_id").asString()).isEqualTo("kw-pricing");
        assertThat(second.get("total").asLong()).isEqualTo(3);
        JsonNode hybrid = api.get("/api/v1/search?mode=hybrid&q=quokkasoft%20pricing", token).body();
        assertThat(hybrid.get("results").get(0).get("call_id").asString()).isEqualTo("kw-pricing");
        assertThat(hybrid.get("results").get(0).get("ranks").get("keyword").asInt()).isEqualTo(1);
    }

    @Test
    void keepsThePhraseExclusionAndOrSyntaxOfQ() {
        assertThat(search("quokkasoft%20-pricing", token)).containsExactly("kw-many", "kw-once");
        assertThat(search("%22pricing%20is%20awful%22", token)).containsExactly("kw-pricing");
        assertThat(search("%22awful%20pricing%22", token)).isEmpty();
        assertThat(search("renewal%20OR%20awful", token)).containsExactlyInAnyOrder("kw-renewal", "kw-pricing");
        assertThat(list("contract%20-%22contract%20renewal%22", token)).containsExactly("kw-once");
        assertThat(search("the%20and", token)).isEmpty();
    }

    @Test
    void appliesEveryFilterInsideTheIndexQuery() {
        Map<String, Predicate<String>> filters = new LinkedHashMap<>();
        filters.put("agent_id=AGENT_7002", id -> id.equals("kw-once") || id.equals("kw-pricing"));
        filters.put("customer_id=CUST_700001", id -> id.equals("kw-many"));
        filters.put("language=de", id -> id.equals("kw-once"));
        filters.put("from_date=2026-03-03", id -> !id.equals("kw-many"));
        filters.put("to_date=2026-03-03", id -> !id.equals("kw-pricing"));
        filters.put("from_date=2026-03-03T09:00:00Z&to_date=2026-03-03T09:00:00Z", id -> id.equals("kw-once"));
        double middle = List.of("kw-many", "kw-once", "kw-pricing").stream().map(sentiment::get)
                .sorted().toList().get(1);
        filters.put("min_sentiment=" + middle, id -> sentiment.get(id) >= middle);
        filters.put("max_sentiment=" + middle, id -> sentiment.get(id) <= middle);
        filters.put("min_sentiment=-1&max_sentiment=" + middle + "&agent_id=AGENT_7002",
                id -> sentiment.get(id) <= middle && id.startsWith("kw-") && !id.equals("kw-many"));
        assertThat(indexAnswers()).isTrue();
        for (Map.Entry<String, Predicate<String>> filter : filters.entrySet()) {
            List<String> expected = List.of("kw-many", "kw-pricing", "kw-once").stream()
                    .filter(filter.getValue()).toList();
            assertThat(search("quokkasoft&" + filter.getKey(), token)).as(filter.getKey())
                    .containsExactlyElementsOf(expected);
            assertThat(list("quokkasoft&" + filter.getKey(), token)).as(filter.getKey())
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void anAgentUserFindsOnlyItsOwnCalls() {
        String agent = api.tokenFor("keyword-agent", "password-1");
        api.patchJson("/api/v1/admin/users/keyword-agent", Map.of("role", "agent", "agent_id", "AGENT_7002"),
                api.adminToken());
        agent = api.login("keyword-agent", "password-1");
        assertThat(search("quokkasoft", agent)).containsExactly("kw-pricing", "kw-once");
        assertThat(list("quokkasoft", agent)).containsExactly("kw-pricing", "kw-once");
        assertThat(search("quokkasoft&agent_id=AGENT_7001", agent)).isEmpty();
        assertThat(search("renewal", agent)).isEmpty();
    }

    @Test
    void searchAnswersFromPostgreSqlWhileTheIndexIsBehindOrClosed() {
        // as if another instance had analysed a call: stored with the next number, and nothing tells this one
        jdbc.sql("""
                INSERT INTO calls (call_id, agent_id, customer_id, language, start_time, duration_seconds, transcript,
                                   embedding, customer_sentiment_score, analysis_status, analyzed_seq)
                SELECT 'kw-late', 'AGENT_7003', 'CUST_700005', 'en', start_time, 30,
                       'Agent: Wombatware here, Wombatware speaking.', embedding, 0.1, 'analyzed',
                       nextval('calls_analyzed_seq')
                FROM calls WHERE call_id = 'kw-many'""").update();
        try {
            assertThat(indexAnswers()).isFalse();
            assertThat(api.get("/health", token).body().get("index").asString()).isEqualTo("building 4/5");
            assertThat(search("wombatware", token)).containsExactly("kw-late");
            assertThat(list("wombatware", token)).containsExactly("kw-late");
            assertThat(search("quokkasoft%20-pricing", token)).containsExactlyInAnyOrder("kw-many", "kw-once");
            JsonNode late = api.get("/api/v1/search?mode=keyword&q=wombatware", token).body();
            assertThat(late.get("results").get(0).get("snippet").asString()).contains("**Wombatware**");

            index.on(new CallsAnalyzed(List.of("kw-late")));
            awaitIndexAnswers();
            assertThat(api.get("/health", token).body().get("index").asString()).isEqualTo("current");
            assertThat(search("wombatware", token)).containsExactly("kw-late");

            index.stop();
            assertThat(indexAnswers()).isFalse();
            assertThat(api.get("/health", token).body().get("index").asString()).isEqualTo("not open");
            assertThat(search("wombatware%20OR%20renewal", token)).containsExactlyInAnyOrder("kw-late", "kw-renewal");
        } finally {
            if (!index.isRunning()) {
                index.start();
            }
        }
        awaitIndexAnswers();
    }
}
