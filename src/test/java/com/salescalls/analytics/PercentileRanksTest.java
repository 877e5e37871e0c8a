package com.salescalls.analytics;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PercentileRanksTest {

    @Test
    void ranksAreMidpointsOfEachAgentsPlaceAmongTheOthers() {
        double[] sorted = {1, 2, 3, 4};
        assertThat(PercentileRanks.rank(sorted, 1)).isEqualTo(12.5);
        assertThat(PercentileRanks.rank(sorted, 2)).isEqualTo(37.5);
        assertThat(PercentileRanks.rank(sorted, 4)).isEqualTo(87.5);
    }

    @Test
    void tiedAgentsShareOneRankAndALoneAgentHasFifty() {
        double[] sorted = {0.1, 0.5, 0.5, 0.5, 0.9};
        assertThat(PercentileRanks.rank(sorted, 0.5)).isEqualTo(100.0 * (1 + 1.5) / 5);
        assertThat(PercentileRanks.rank(new double[] {-0.3}, -0.3)).isEqualTo(50.0);
    }

    @Test
    void agentsWithoutAFigureHaveNoRankAndDoNotCount() {
        AgentFigures noMetrics = new AgentFigures(3, 0.2, 0.5, 100.0, 0.5, 0.0, null, 0);
        AgentFigures lowQuestions = new AgentFigures(5, 0.4, 0.6, 120.0, 1.0, 0.0, 2.0, 5);
        AgentFigures highQuestions = new AgentFigures(4, 0.3, 0.7, 90.0, 0.75, 0.25, 6.0, 2);
        var ranks = PercentileRanks.of(Map.of("a", noMetrics, "b", lowQuestions, "c", highQuestions));
        assertThat(ranks.get("a").get(Figure.AVG_QUESTIONS)).isNull();
        assertThat(ranks.get("b").get(Figure.AVG_QUESTIONS)).isEqualTo(25.0);
        assertThat(ranks.get("c").get(Figure.AVG_QUESTIONS)).isEqualTo(75.0);
        assertThat(ranks.get("b").get(Figure.TOTAL_CALLS)).isEqualTo(100.0 * 2.5 / 3);
        assertThat(ranks.get("a").get(Figure.AVG_SENTIMENT)).isEqualTo(100.0 * 0.5 / 3);
    }
}
