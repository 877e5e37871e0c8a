package com.salescalls.analytics;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Percentile rank of each agent among the agents of the same period, per figure: 100 * (B + E/2) / N, where B is
 * the number of agents with a lower value, E the number with an equal one (the agent included) and N the number
 * with a value at all. The highest value approaches 100, the lowest 0, ties share a rank, one agent alone has 50.
 * Agents without a value (say, no call with metrics) get no rank and do not count in N.
 */
final class PercentileRanks {

    private PercentileRanks() {
    }

    static Map<String, Map<Figure, @Nullable Double>> of(Map<String, AgentFigures> agents) {
        Map<String, Map<Figure, @Nullable Double>> ranks = new HashMap<>();
        agents.keySet().forEach(agent -> ranks.put(agent, new EnumMap<>(Figure.class)));
        for (Figure figure : Figure.values()) {
            double[] sorted = agents.values().stream().map(figure::of).filter(v -> v != null)
                    .mapToDouble(Double::doubleValue).sorted().toArray();
            agents.forEach((agent, figures) -> {
                Double value = figure.of(figures);
                ranks.get(agent).put(figure, value == null ? null : rank(sorted, value));
            });
        }
        return ranks;
    }

    static double rank(double[] sorted, double value) {
        int below = lowerBound(sorted, value);
        int equal = lowerBound(sorted, Math.nextUp(value)) - below;
        return 100.0 * (below + equal / 2.0) / sorted.length;
    }

    /** The index of the first element not less than {@code value}. */
    private static int lowerBound(double[] sorted, double value) {
        int index = Arrays.binarySearch(sorted, value);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && sorted[index - 1] == value) {
            index--;
        }
        return index;
    }
}
