package com.salescalls.calls;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * Sums over one agent's analysed calls of one UTC day: counts and sums rather than averages, so that any set of
 * days adds up exactly. Each average has its own count because a call may lack the value: no customer words means
 * no sentiment, no words at all no talk ratio, and calls analysed before conversation metrics existed have none.
 *
 * @param calls          analysed calls
 * @param sentimentCalls calls with a customer sentiment score; {@code sentimentSum} is the sum of those scores
 * @param positiveCalls  calls whose customer sentiment is at least {@link #POSITIVE_FROM}
 * @param negativeCalls  calls whose customer sentiment is at most {@link #NEGATIVE_UP_TO}
 * @param talkRatioCalls calls with an agent talk ratio; {@code talkRatioSum} is the sum of those ratios
 * @param durationSum    seconds of all the calls
 * @param metricsCalls   calls with conversation metrics; {@code agentQuestions} is the agent's questions in them
 */
@NamedInterface("aggregates")
public record AgentDayTotals(String agentId, LocalDate day, int calls, int sentimentCalls, double sentimentSum,
                             int positiveCalls, int negativeCalls, int talkRatioCalls, double talkRatioSum,
                             long durationSum, int metricsCalls, long agentQuestions) {

    /** VADER's conventional bands for a compound score: at least +0.05 is positive, at most -0.05 negative. */
    public static final double POSITIVE_FROM = 0.05;
    public static final double NEGATIVE_UP_TO = -0.05;

    public AgentDay agentDay() {
        return new AgentDay(agentId, day);
    }
}
