package com.salescalls.analytics;

import org.jspecify.annotations.Nullable;

/**
 * An agent's (or the team's) figures over a period; each is defined in the README. An average is null when no
 * call in the period has the value it averages.
 *
 * @param totalCalls         analysed calls
 * @param avgSentiment       mean customer sentiment of the calls that have one
 * @param avgTalkRatio       mean agent talk ratio of the calls that have one
 * @param avgDurationSeconds mean call length
 * @param positiveShare      share of the calls with a sentiment that are positive (at least +0.05)
 * @param negativeShare      share of the calls with a sentiment that are negative (at most -0.05)
 * @param avgQuestions       mean questions the agent asked, over the calls that have conversation metrics
 * @param callsWithMetrics   how many calls {@code avgQuestions} is based on
 */
public record AgentFigures(long totalCalls, @Nullable Double avgSentiment, @Nullable Double avgTalkRatio,
                           @Nullable Double avgDurationSeconds, @Nullable Double positiveShare,
                           @Nullable Double negativeShare, @Nullable Double avgQuestions, long callsWithMetrics) {
}
