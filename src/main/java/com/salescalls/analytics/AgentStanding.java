package com.salescalls.analytics;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** One agent's figures over a period and, for each figure, its percentile rank among the agents of that period. */
public record AgentStanding(String agentId, AgentFigures figures, Map<Figure, @Nullable Double> percentileRanks) {
}
