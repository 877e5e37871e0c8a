package com.salescalls.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The order of a leaderboard: by a {@link Figure} or by {@code agent_id}, with {@code -} in front for descending.
 * Agents without the figure come last either way; agent_id breaks ties, so the order is always the same.
 */
public record StandingOrder(@Nullable Figure figure, boolean descending) {

    public static final StandingOrder DEFAULT = new StandingOrder(Figure.AVG_SENTIMENT, true);
    private static final String AGENT_ID = "agent_id";

    public static Optional<StandingOrder> parse(String wire) {
        boolean descending = wire.startsWith("-");
        String name = descending ? wire.substring(1) : wire;
        if (name.equals(AGENT_ID)) {
            return Optional.of(new StandingOrder(null, descending));
        }
        return Figure.fromWireName(name).map(figure -> new StandingOrder(figure, descending));
    }

    /** Every accepted value, for error messages. */
    public static List<String> accepted() {
        List<String> names = new ArrayList<>();
        names.add(AGENT_ID);
        for (Figure figure : Figure.values()) {
            names.add(figure.wireName());
        }
        List<String> both = new ArrayList<>(names);
        names.forEach(name -> both.add("-" + name));
        return both;
    }

    Comparator<AgentStanding> comparator() {
        Comparator<AgentStanding> byAgent = Comparator.comparing(AgentStanding::agentId);
        if (figure == null) {
            return descending ? byAgent.reversed() : byAgent;
        }
        Comparator<Double> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing((AgentStanding standing) -> figure.of(standing.figures()),
                Comparator.nullsLast(values)).thenComparing(byAgent);
    }
}
