package com.salescalls.generator;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.salescalls.insights.SentimentAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator's customer moods are real signal: the sentiment analyser finds them in the transcripts. */
class MoodSentimentTest {

    private final SentimentAnalyzer analyzer = new SentimentAnalyzer();

    @Test
    void customerSentimentSignAgreesWithMoodForMostCalls() {
        List<GeneratedCall> calls = new CallGenerator(42, Instant.parse("2026-06-30T12:00:00Z")).generate(600, 1);
        Map<CustomerMood, int[]> agreeing = new EnumMap<>(CustomerMood.class);
        Map<CustomerMood, Double> sum = new EnumMap<>(CustomerMood.class);
        for (GeneratedCall call : calls) {
            double score = analyzer.customerSentiment(call.transcript());
            boolean agrees = switch (call.mood()) {
                case PLEASED -> score > 0.05;
                case ANNOYED -> score < -0.05;
                case NEUTRAL -> Math.abs(score) < 0.3;
            };
            int[] counts = agreeing.computeIfAbsent(call.mood(), mood -> new int[2]);
            counts[0] += agrees ? 1 : 0;
            counts[1]++;
            sum.merge(call.mood(), score, Double::sum);
        }
        for (CustomerMood mood : CustomerMood.values()) {
            int[] counts = agreeing.get(mood);
            assertThat(counts[0] / (double) counts[1]).as("share of %s calls whose sentiment agrees", mood)
                    .isGreaterThan(0.85);
        }
        double pleased = sum.get(CustomerMood.PLEASED) / agreeing.get(CustomerMood.PLEASED)[1];
        double neutral = sum.get(CustomerMood.NEUTRAL) / agreeing.get(CustomerMood.NEUTRAL)[1];
        double annoyed = sum.get(CustomerMood.ANNOYED) / agreeing.get(CustomerMood.ANNOYED)[1];
        assertThat(pleased).isGreaterThan(neutral);
        assertThat(neutral).isGreaterThan(annoyed);
    }
}
