package com.salescalls.analytics;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.calls.CallService;
import com.salescalls.calls.CallsAnalyzed;
import com.salescalls.calls.NewCall;
import com.salescalls.insights.ConversationMetrics;
import com.salescalls.platform.AsyncListeners;
import com.salescalls.support.Api;
import com.salescalls.support.RedisIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The leaderboard and trends over HTTP, compared figure by figure with what {@link StoredCalls} computes from the
 * stored calls. Half of the calls get conversation metrics the way the analysis pipeline stores them (jsonb written,
 * then {@link CallsAnalyzed} in the same transaction), so the questions average covers only those calls.
 */
@RedisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsApiIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    CallService calls;

    @Autowired
    AnalysisService pipeline;

    @Autowired
    AsyncListeners listeners;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    String manager;

    @BeforeAll
    void storeCallsWithMetricsOnHalfOfThem() {
        StoredCalls.ensure(calls, pipeline);
        manager = api.tokenFor("analytics-manager", "password-1");
        api.get("/api/v1/analytics/agents", manager); // cached now, so the metrics below must invalidate it
        JsonMapper snakeCase = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build();
        List<String> ids = jdbc.sql("SELECT call_id FROM calls ORDER BY call_id").query(String.class).list();
        List<String> withMetrics = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < ids.size(); i += 2) {
                String metrics = snakeCase.writeValueAsString(metrics(i % 7 + (i % 3) * 4));
                jdbc.sql("UPDATE calls SET metrics = ?::jsonb WHERE call_id = ?").params(metrics, ids.get(i)).update();
                withMetrics.add(ids.get(i));
            }
            events.publishEvent(new CallsAnalyzed(withMetrics));
        });
        assertThat(listeners.awaitIdle(Duration.ofSeconds(60))).isTrue(); // the rollups refresh after commit
    }

    private static ConversationMetrics metrics(int agentQuestions) {
        ConversationMetrics.Stretch none = new ConversationMetrics.Stretch(0, null, null, null);
        ConversationMetrics.PerSide unknown = new ConversationMetrics.PerSide(null, null);
        return new ConversationMetrics(new ConversationMetrics.TalkShare(0.5, null), none, none,
                new ConversationMetrics.Questions(agentQuestions, 1, null), null, unknown, null, null, null, unknown,
                new ConversationMetrics.Sentiment(null, null, List.of(), List.of()));
    }

    @Test
    void leaderboardEqualsFiguresComputedFromStoredCalls() {
        List<StoredCalls.Row> rows = StoredCalls.read(jdbc);
        assertThat(rows.stream().filter(r -> r.agentQuestions() != null)).hasSizeGreaterThan(10);
        assertLeaderboard("/api/v1/analytics/agents", StoredCalls.figuresByAgent(rows, row -> true));
        LocalDate from = LocalDate.of(2026, 5, 1);
        LocalDate to = LocalDate.of(2026, 6, 10);
        assertLeaderboard("/api/v1/analytics/agents?from_date=" + from + "&to_date=" + to,
                StoredCalls.figuresByAgent(rows, row -> !row.day().isBefore(from) && !row.day().isAfter(to)));
    }

    private void assertLeaderboard(String uri, Map<String, Map<String, @Nullable Double>> expected) {
        Api.Response response = api.get(uri, manager);
        assertThat(response.status()).isEqualTo(200);
        JsonNode agents = response.body().get("agents");
        assertThat(agents.size()).isEqualTo(expected.size());
        for (JsonNode agent : agents) {
            String id = agent.get("agent_id").asString();
            assertFigures(agent, expected.get(id), id);
            for (Figure figure : Figure.values()) {
                assertValue(agent.get("percentile_ranks").get(figure.wireName()),
                        StoredCalls.percentileRank(expected, id, figure.wireName()), id + " rank " + figure);
            }
        }
    }

    private static void assertFigures(JsonNode actual, Map<String, @Nullable Double> expected, String what) {
        expected.forEach((name, value) -> assertValue(actual.get(name), value, what + " " + name));
    }

    private static void assertValue(JsonNode actual, @Nullable Double expected, String what) {
        if (expected == null) {
            assertThat(actual.isNull()).as(what).isTrue();
        } else {
            assertThat(actual.asDouble()).as(what).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void leaderboardIsOrderedByAverageSentimentDescendingUnlessSortSaysOtherwise() {
        List<Double> sentiments = new ArrayList<>();
        api.get("/api/v1/analytics/agents", manager).body().get("agents")
                .forEach(agent -> sentiments.add(agent.get("avg_sentiment").asDouble()));
        assertThat(sentiments).hasSizeGreaterThan(5).isSortedAccordingTo(Comparator.reverseOrder());

        List<Long> totals = new ArrayList<>();
        api.get("/api/v1/analytics/agents?sort=total_calls", manager).body().get("agents")
                .forEach(agent -> totals.add(agent.get("total_calls").asLong()));
        assertThat(totals).isSorted();

        List<String> ids = new ArrayList<>();
        api.get("/api/v1/analytics/agents?sort=-agent_id", manager).body().get("agents")
                .forEach(agent -> ids.add(agent.get("agent_id").asString()));
        assertThat(ids).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void agentUserSeesOnlyItsOwnRowAndTrend() {
        String agentId = busiestAgent();
        String other = api.get("/api/v1/analytics/agents?sort=agent_id", manager).body().get("agents").get(0)
                .get("agent_id").asString();
        String agentToken = agentUser("analytics-agent", agentId);
        JsonNode agents = api.get("/api/v1/analytics/agents", agentToken).body().get("agents");
        assertThat(agents).hasSize(1);
        assertThat(agents.get(0).get("agent_id").asString()).isEqualTo(agentId);
        // its ranks are still among the whole team
        JsonNode asManagerSees = find(api.get("/api/v1/analytics/agents", manager).body().get("agents"), agentId);
        assertThat(agents.get(0).get("percentile_ranks")).isEqualTo(asManagerSees.get("percentile_ranks"));
        // the manager's rendering, now kept, is not the agent's
        assertThat(api.get("/api/v1/analytics/agents", agentToken).body().get("agents")).isEqualTo(agents);

        assertThat(api.get("/api/v1/analytics/agents/" + agentId + "?from_date=2026-06-01&to_date=2026-06-30",
                agentToken).status()).isEqualTo(200);
        if (!other.equals(agentId)) {
            Api.Response hidden = api.get("/api/v1/analytics/agents/" + other, agentToken);
            assertThat(hidden.status()).isEqualTo(404);
            assertThat(hidden.body().get("detail").asString()).contains("not found");
        }
    }

    @Test
    void trendGivesEveryIsoWeekWithTheAgentAndTheTeamComputedFromStoredCalls() {
        String agentId = busiestAgent();
        LocalDate from = LocalDate.of(2026, 5, 6); // a Wednesday: the first week is cut
        LocalDate to = LocalDate.of(2026, 6, 27); // a Saturday: so is the last
        JsonNode trend = api.get("/api/v1/analytics/agents/" + agentId + "?from_date=" + from + "&to_date=" + to,
                manager).body();
        assertThat(trend.get("agent_id").asString()).isEqualTo(agentId);
        JsonNode weeks = trend.get("weeks");
        assertThat(weeks).hasSize(8);
        assertThat(weeks.get(0).get("week").asString()).isEqualTo("2026-W19");
        assertThat(weeks.get(0).get("start_date").asString()).isEqualTo("2026-05-06");
        assertThat(weeks.get(7).get("end_date").asString()).isEqualTo("2026-06-27");

        List<StoredCalls.Row> rows = StoredCalls.read(jdbc);
        int weeksWithCalls = 0;
        for (JsonNode week : weeks) {
            LocalDate start = LocalDate.parse(week.get("start_date").asString());
            LocalDate end = LocalDate.parse(week.get("end_date").asString());
            assertThat(start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                    .isEqualTo(end.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            Predicate<StoredCalls.Row> inWeek = row -> !row.day().isBefore(start) && !row.day().isAfter(end);
            Map<String, Map<String, @Nullable Double>> agents = StoredCalls.figuresByAgent(rows, inWeek);
            List<StoredCalls.Row> teamRows = rows.stream().filter(inWeek).toList();
            assertFigures(week.get("team"), StoredCalls.figures(teamRows), "team " + start);
            assertThat(week.get("team").get("agents").asInt()).isEqualTo(agents.size());
            JsonNode agent = week.get("agent");
            if (agents.containsKey(agentId)) {
                weeksWithCalls++;
                assertFigures(agent, agents.get(agentId), agentId + " " + start);
                for (Figure figure : Figure.values()) {
                    assertValue(agent.get("percentile_ranks").get(figure.wireName()),
                            StoredCalls.percentileRank(agents, agentId, figure.wireName()), "rank " + figure);
                }
            } else {
                assertThat(agent.get("total_calls").asLong()).isZero();
                assertThat(agent.get("avg_sentiment").isNull()).isTrue();
            }
        }
        assertThat(weeksWithCalls).isPositive();
    }

    @Test
    void newlyAnalysedCallsShowAtOnceThoughTheLeaderboardWasCached() {
        api.get("/api/v1/analytics/agents", manager);
        assertThat(find(api.get("/api/v1/analytics/agents", manager).body().get("agents"), "AGENT_7777")).isNull();
        calls.ingest(List.of(new NewCall("analytics-new-1", "AGENT_7777", "CUST_000001", "en",
                java.time.OffsetDateTime.parse("2026-06-15T10:00:00Z"), 95,
                "Agent: How is the rollout going?\nCustomer: Wonderful, the team loves it, thank you!")));
        pipeline.awaitAnalysis(java.time.Duration.ofMinutes(10));
        JsonNode row = find(api.get("/api/v1/analytics/agents", manager).body().get("agents"), "AGENT_7777");
        assertThat(row).isNotNull();
        assertThat(row.get("total_calls").asLong()).isEqualTo(1);
        assertThat(row.get("avg_duration_seconds").asDouble()).isEqualTo(95.0);
        assertThat(row.get("positive_share").asDouble()).isEqualTo(1.0);
        // the pipeline stored its metrics: one question by the agent
        assertThat(row.get("calls_with_metrics").asLong()).isEqualTo(1);
        assertThat(row.get("avg_questions").asDouble()).isEqualTo(1.0);
    }

    @Test
    void refusesBadParametersWith422NamingThem() {
        assertInvalid("/api/v1/analytics/agents?from_date=2026-13-01", "from_date");
        assertInvalid("/api/v1/analytics/agents?to_date=2026-06-01T10:00:00Z", "to_date");
        assertInvalid("/api/v1/analytics/agents?from_date=2026-06-02&to_date=2026-06-01", "from_date");
        assertInvalid("/api/v1/analytics/agents?sort=loudness", "sort");
        assertInvalid("/api/v1/analytics/agents/" + busiestAgent() + "?from_date=2020-01-01&to_date=2026-01-01",
                "to_date");
        assertInvalid("/api/v1/analytics/agents/bad%20id", "agent_id");
    }

    private void assertInvalid(String uri, String parameter) {
        Api.Response response = api.get(uri, manager);
        assertThat(response.status()).as(uri).isEqualTo(422);
        assertThat(response.body().get("detail").asString()).contains(parameter);
        assertThat(response.body().get("errors").get(0).get("parameter").asString()).isEqualTo(parameter);
    }

    @Test
    void unknownAgentIs404AndAnalyticsNeedAToken() {
        Api.Response unknown = api.get("/api/v1/analytics/agents/AGENT_0000", manager);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("detail").asString()).contains("not found");
        assertThat(api.get("/api/v1/analytics/agents").status()).isEqualTo(401);
    }

    private String busiestAgent() {
        return api.get("/api/v1/analytics/agents?sort=-total_calls", manager).body().get("agents").get(0)
                .get("agent_id").asString();
    }

    private String agentUser(String username, String agentId) {
        api.postJson("/api/v1/admin/users", Map.of("username", username, "email", username + "@example.com",
                "password", "password-1", "role", "agent", "agent_id", agentId), api.adminToken());
        return api.login(username, "password-1");
    }

    private static @Nullable JsonNode find(JsonNode agents, String agentId) {
        for (JsonNode agent : agents) {
            if (agent.get("agent_id").asString().equals(agentId)) {
                return agent;
            }
        }
        return null;
    }
}
