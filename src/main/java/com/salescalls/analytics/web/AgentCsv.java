package com.salescalls.analytics.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.salescalls.analytics.Figure;
import com.salescalls.analytics.web.FigureViews.AgentRow;

/**
 * The columns of the leaderboard export: the fields of an agent in the JSON, in that order; the percentile ranks
 * flattened into one column per figure, {@code percentile_rank_<figure>}.
 */
final class AgentCsv {

    static final List<String> HEADER = header();

    private AgentCsv() {
    }

    private static List<String> header() {
        List<String> names = new ArrayList<>(List.of("agent_id", "total_calls", "avg_sentiment", "avg_talk_ratio",
                "avg_duration_seconds", "positive_share", "negative_share", "avg_questions", "calls_with_metrics"));
        Arrays.stream(Figure.values()).map(f -> "percentile_rank_" + f.wireName()).forEach(names::add);
        return List.copyOf(names);
    }

    static List<?> row(AgentRow agent) {
        List<Object> cells = new ArrayList<>(Arrays.asList(agent.agentId(), agent.totalCalls(), agent.avgSentiment(),
                agent.avgTalkRatio(), agent.avgDurationSeconds(), agent.positiveShare(), agent.negativeShare(),
                agent.avgQuestions(), agent.callsWithMetrics()));
        Arrays.stream(Figure.values()).map(f -> agent.percentileRanks().get(f.wireName())).forEach(cells::add);
        return cells;
    }
}
