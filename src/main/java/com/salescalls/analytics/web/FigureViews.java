package com.salescalls.analytics.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.salescalls.analytics.AgentFigures;
import com.salescalls.analytics.AgentStanding;
import com.salescalls.analytics.Figure;

/** Figures as the API shows them: flat snake_case fields, percentile ranks keyed by the figure's name. */
final class FigureViews {

    private FigureViews() {
    }

    record AgentRow(String agentId, long totalCalls, @Nullable Double avgSentiment, @Nullable Double avgTalkRatio,
                    @Nullable Double avgDurationSeconds, @Nullable Double positiveShare,
                    @Nullable Double negativeShare, @Nullable Double avgQuestions, long callsWithMetrics,
                    Map<String, @Nullable Double> percentileRanks) {

        static AgentRow of(AgentStanding standing) {
            AgentFigures f = standing.figures();
            Map<String, @Nullable Double> ranks = new LinkedHashMap<>();
            for (Figure figure : Figure.values()) {
                ranks.put(figure.wireName(), standing.percentileRanks().get(figure));
            }
            return new AgentRow(standing.agentId(), f.totalCalls(), f.avgSentiment(), f.avgTalkRatio(),
                    f.avgDurationSeconds(), f.positiveShare(), f.negativeShare(), f.avgQuestions(),
                    f.callsWithMetrics(), ranks);
        }
    }

    record TeamRow(int agents, long totalCalls, @Nullable Double avgSentiment, @Nullable Double avgTalkRatio,
                   @Nullable Double avgDurationSeconds, @Nullable Double positiveShare, @Nullable Double negativeShare,
                   @Nullable Double avgQuestions, long callsWithMetrics) {

        static TeamRow of(int agents, AgentFigures f) {
            return new TeamRow(agents, f.totalCalls(), f.avgSentiment(), f.avgTalkRatio(), f.avgDurationSeconds(),
                    f.positiveShare(), f.negativeShare(), f.avgQuestions(), f.callsWithMetrics());
        }
    }
}
