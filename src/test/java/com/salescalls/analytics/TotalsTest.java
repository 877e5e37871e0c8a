package com.salescalls.analytics;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.salescalls.calls.AgentDayTotals;

import static org.assertj.core.api.Assertions.assertThat;

class TotalsTest {

    @Test
    void averagesOfSeveralDaysWeighEveryCallTheSame() {
        Totals monday = Totals.of(new AgentDayTotals("A", LocalDate.of(2026, 6, 1), 1, 1, 0.9, 1, 0, 1, 0.5, 100,
                1, 4));
        Totals tuesday = Totals.of(new AgentDayTotals("A", LocalDate.of(2026, 6, 2), 3, 2, -0.3, 0, 1, 3, 1.8, 500,
                0, 0));
        AgentFigures figures = monday.plus(tuesday).figures();
        assertThat(figures.totalCalls()).isEqualTo(4);
        assertThat(figures.avgSentiment()).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(figures.avgTalkRatio()).isCloseTo(2.3 / 4, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(figures.avgDurationSeconds()).isEqualTo(150.0);
        assertThat(figures.positiveShare()).isCloseTo(1 / 3.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(figures.negativeShare()).isCloseTo(1 / 3.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(figures.avgQuestions()).isEqualTo(4.0);
        assertThat(figures.callsWithMetrics()).isEqualTo(1);
    }

    @Test
    void figuresWithoutAnyValueAreNullNotZero() {
        AgentFigures none = Totals.NONE.figures();
        assertThat(none.totalCalls()).isZero();
        assertThat(none.avgSentiment()).isNull();
        assertThat(none.avgDurationSeconds()).isNull();
        assertThat(none.positiveShare()).isNull();
        assertThat(none.avgQuestions()).isNull();
    }

    @Test
    void weeksAreNamedAsIsoWeeks() {
        assertThat(AnalyticsCalculator.isoWeek(LocalDate.of(2026, 6, 29))).isEqualTo("2026-W27");
        // 1 January 2027 is a Friday: it belongs to the last ISO week of 2026
        assertThat(AnalyticsCalculator.isoWeek(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    }
}
