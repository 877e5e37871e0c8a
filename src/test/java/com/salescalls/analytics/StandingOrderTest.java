package com.salescalls.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StandingOrderTest {

    private static AgentStanding agent(String id, Double sentiment, long calls) {
        return new AgentStanding(id, new AgentFigures(calls, sentiment, null, null, null, null, null, 0), Map.of());
    }

    private static List<String> order(String sort, AgentStanding... standings) {
        List<AgentStanding> list = new ArrayList<>(List.of(standings));
        list.sort(StandingOrder.parse(sort).orElseThrow().comparator());
        return list.stream().map(AgentStanding::agentId).toList();
    }

    @Test
    void agentsWithoutTheFigureComeLastInEitherDirection() {
        AgentStanding[] agents = {agent("a", null, 1), agent("b", 0.4, 2), agent("c", -0.2, 3)};
        assertThat(order("-avg_sentiment", agents)).containsExactly("b", "c", "a");
        assertThat(order("avg_sentiment", agents)).containsExactly("c", "b", "a");
    }

    @Test
    void equalFiguresAreOrderedByAgentId() {
        assertThat(order("-total_calls", agent("z", 0.1, 5), agent("m", 0.1, 5), agent("x", 0.1, 9)))
                .containsExactly("x", "m", "z");
        assertThat(order("-agent_id", agent("a", 0.1, 1), agent("c", 0.1, 1), agent("b", 0.1, 1)))
                .containsExactly("c", "b", "a");
    }

    @Test
    void unknownNamesAreRejectedAndEveryFigureIsAccepted() {
        assertThat(StandingOrder.parse("loudness")).isEmpty();
        assertThat(StandingOrder.parse("--avg_sentiment")).isEmpty();
        assertThat(StandingOrder.accepted()).allSatisfy(name -> assertThat(StandingOrder.parse(name)).isPresent());
        assertThat(StandingOrder.accepted()).contains("-avg_sentiment", "positive_share", "avg_questions");
    }
}
