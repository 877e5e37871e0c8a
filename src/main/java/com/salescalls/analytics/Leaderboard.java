package com.salescalls.analytics;

import java.time.Instant;
import java.util.List;

/**
 * Every agent with analysed calls in the range, with figures and percentile ranks.
 *
 * @param generatedAt when the figures were computed from the rollups (a cached leaderboard keeps its time)
 */
public record Leaderboard(DateRange range, List<AgentStanding> agents, Instant generatedAt) {
}
