package com.salescalls.analytics;

import org.jspecify.annotations.Nullable;

import com.salescalls.calls.AgentDayTotals;

/** Sums over any set of agent-days; adding them up and then dividing keeps every average exact. */
record Totals(long calls, long sentimentCalls, double sentimentSum, long positiveCalls, long negativeCalls,
              long talkRatioCalls, double talkRatioSum, long durationSum, long metricsCalls, long agentQuestions) {

    static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    static Totals of(AgentDayTotals day) {
        return new Totals(day.calls(), day.sentimentCalls(), day.sentimentSum(), day.positiveCalls(),
                day.negativeCalls(), day.talkRatioCalls(), day.talkRatioSum(), day.durationSum(), day.metricsCalls(),
                day.agentQuestions());
    }

    Totals plus(Totals other) {
        return new Totals(calls + other.calls, sentimentCalls + other.sentimentCalls,
                sentimentSum + other.sentimentSum, positiveCalls + other.positiveCalls,
                negativeCalls + other.negativeCalls, talkRatioCalls + other.talkRatioCalls,
                talkRatioSum + other.talkRatioSum, durationSum + other.durationSum,
                metricsCalls + other.metricsCalls, agentQuestions + other.agentQuestions);
    }

    AgentFigures figures() {
        return new AgentFigures(calls, ratio(sentimentSum, sentimentCalls), ratio(talkRatioSum, talkRatioCalls),
                ratio(durationSum, calls), ratio(positiveCalls, sentimentCalls), ratio(negativeCalls, sentimentCalls),
                ratio(agentQuestions, metricsCalls), metricsCalls);
    }

    private static @Nullable Double ratio(double sum, long count) {
        return count == 0 ? null : sum / count;
    }
}
