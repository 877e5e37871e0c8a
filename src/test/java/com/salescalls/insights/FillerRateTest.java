package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.salescalls.insights.ConversationMetrics.PerSide;

class FillerRateTest {

    @Test
    void fillersPerHundredWordsSpokenPerSide() {
        // agent: no filler in 31 words -> 0; customer: "um" and "mhm" among 14 words -> 100 * 2 / 16 = 12.5
        assertThat(FillerRate.per100(SampleCalls.lines(SampleCalls.TIMED, null))).isEqualTo(new PerSide(0.0, 12.5));
    }

    @Test
    void aSetOffPhraseCountsAsOneFiller() {
        // agent: "you know," + "uh" = 2 fillers, words "it's", "pricey", "but", "fair" = 4 -> 100 * 2 / 6
        // the customer said nothing
        PerSide rate = FillerRate.per100(SampleCalls.text("Agent: You know, it's pricey, uh, but fair", null));

        assertThat(rate).isEqualTo(new PerSide(100.0 * 2 / 6, null));
    }

    @Test
    void aSideThatOnlyHesitatesHasRateHundred() {
        assertThat(FillerRate.per100(SampleCalls.text("Agent: Hello\nCustomer: umm, uh", null)))
                .isEqualTo(new PerSide(0.0, 100.0));
    }
}
