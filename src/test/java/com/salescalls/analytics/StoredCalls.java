package com.salescalls.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.calls.CallService;
import com.salescalls.calls.NewCall;
import com.salescalls.generator.CallGenerator;

/**
 * The calls of the analytics tests, and the figures they should produce computed here in plain Java from the
 * stored rows, independently of the rollups and of any SQL aggregate.
 */
final class StoredCalls {

    static final Instant ANCHOR = Instant.parse("2026-06-30T12:00:00Z");

    private StoredCalls() {
    }

    /** Generated calls, stored and analysed once per context. */
    static synchronized void ensure(CallService calls, AnalysisService pipeline) {
        if (calls.highestStandardCallNumber().isEmpty()) {
            calls.ingest(new CallGenerator(11, ANCHOR).generate(36, 1).stream()
                    .map(c -> new NewCall(c.callId(), c.agentId(), c.customerId(), c.language(), c.startTime(),
                            c.durationSeconds(), c.transcript()))
                    .toList());
            pipeline.awaitAnalysis(java.time.Duration.ofMinutes(10));
        }
    }

    record Row(String callId, String agentId, LocalDate day, @Nullable Double sentiment, @Nullable Double talkRatio,
               int durationSeconds, @Nullable Integer agentQuestions) {
    }

    static List<Row> read(JdbcClient jdbc) {
        JsonMapper json = JsonMapper.builder().build();
        return jdbc.sql("""
                        SELECT call_id, agent_id, start_time, customer_sentiment_score, agent_talk_ratio,
                               duration_seconds, metrics::text AS metrics
                        FROM calls WHERE analysis_status = 'analyzed'""")
                .query((rs, n) -> {
                    String metrics = rs.getString("metrics");
                    JsonNode questions = metrics == null ? null : json.readTree(metrics).path("questions").get("agent");
                    return new Row(rs.getString("call_id"), rs.getString("agent_id"),
                            rs.getObject("start_time", java.time.OffsetDateTime.class)
                                    .withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
                            rs.getObject("customer_sentiment_score", Double.class),
                            rs.getObject("agent_talk_ratio", Double.class), rs.getInt("duration_seconds"),
                            questions == null || questions.isNull() ? null : questions.asInt());
                }).list();
    }

    /** Figure name to value for each agent with calls among the rows that pass the filter. */
    static Map<String, Map<String, @Nullable Double>> figuresByAgent(List<Row> rows, Predicate<Row> filter) {
        Map<String, List<Row>> byAgent = new HashMap<>();
        rows.stream().filter(filter).forEach(row -> byAgent.computeIfAbsent(row.agentId(), a -> new ArrayList<>())
                .add(row));
        Map<String, Map<String, @Nullable Double>> figures = new HashMap<>();
        byAgent.forEach((agent, calls) -> figures.put(agent, figures(calls)));
        return figures;
    }

    static Map<String, @Nullable Double> figures(List<Row> calls) {
        List<Double> sentiments = calls.stream().map(Row::sentiment).filter(v -> v != null).toList();
        List<Double> ratios = calls.stream().map(Row::talkRatio).filter(v -> v != null).toList();
        List<Integer> questions = calls.stream().map(Row::agentQuestions).filter(v -> v != null).toList();
        Map<String, @Nullable Double> figures = new LinkedHashMap<>();
        figures.put("total_calls", (double) calls.size());
        figures.put("avg_sentiment", mean(sentiments));
        figures.put("avg_talk_ratio", mean(ratios));
        figures.put("avg_duration_seconds", calls.isEmpty() ? null
                : calls.stream().mapToDouble(Row::durationSeconds).sum() / calls.size());
        figures.put("positive_share", sentiments.isEmpty() ? null
                : sentiments.stream().filter(s -> s >= 0.05).count() / (double) sentiments.size());
        figures.put("negative_share", sentiments.isEmpty() ? null
                : sentiments.stream().filter(s -> s <= -0.05).count() / (double) sentiments.size());
        figures.put("avg_questions", questions.isEmpty() ? null
                : questions.stream().mapToDouble(Integer::doubleValue).sum() / questions.size());
        figures.put("calls_with_metrics", (double) questions.size());
        return figures;
    }

    /** 100 * (agents below + half the agents equal, this one included) / agents with a value. */
    static @Nullable Double percentileRank(Map<String, Map<String, @Nullable Double>> agents, String agent,
            String figure) {
        Double value = agents.get(agent).get(figure);
        if (value == null) {
            return null;
        }
        int below = 0;
        int equal = 0;
        int counted = 0;
        for (Map<String, @Nullable Double> other : agents.values()) {
            Double v = other.get(figure);
            if (v != null) {
                counted++;
                if (v < value) {
                    below++;
                } else if (v.equals(value)) {
                    equal++;
                }
            }
        }
        return 100.0 * (below + equal / 2.0) / counted;
    }

    private static @Nullable Double mean(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }
}
