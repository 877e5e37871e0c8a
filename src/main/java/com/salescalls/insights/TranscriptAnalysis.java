package com.salescalls.insights;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the insights module derives from one call transcript.
 *
 * @param agentTalkRatio         agent words / (agent + customer words), fillers excluded; null if neither spoke
 * @param customerSentimentScore mean sentiment score of the customer's turns in [-1, 1]; null if the
 *                               customer said nothing
 * @param metrics                the conversation metrics
 * @param unknownSpeakers        labels that map to neither side, reported rather than guessed
 * @param embedding              384-dimensional unit vector of the transcript; null if it has no text
 */
public record TranscriptAnalysis(
        @Nullable Double agentTalkRatio,
        @Nullable Double customerSentimentScore,
        @Nullable ConversationMetrics metrics,
        List<String> unknownSpeakers,
        float @Nullable [] embedding) {

    // arrays are mutable and compare by identity: copy in and out, compare by content
    public TranscriptAnalysis {
        unknownSpeakers = List.copyOf(unknownSpeakers);
        embedding = embedding == null ? null : embedding.clone();
    }

    @Override
    public float @Nullable [] embedding() {
        return embedding == null ? null : embedding.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TranscriptAnalysis that
                && Objects.equals(agentTalkRatio, that.agentTalkRatio)
                && Objects.equals(customerSentimentScore, that.customerSentimentScore)
                && Objects.equals(metrics, that.metrics)
                && unknownSpeakers.equals(that.unknownSpeakers)
                && Arrays.equals(embedding, that.embedding);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agentTalkRatio, customerSentimentScore, metrics, unknownSpeakers, Arrays.hashCode(embedding));
    }

    @Override
    public String toString() {
        String vector = embedding == null ? "null" : "float[" + embedding.length + "]";
        return "TranscriptAnalysis[agentTalkRatio=" + agentTalkRatio + ", customerSentimentScore="
                + customerSentimentScore + ", metrics=" + metrics + ", unknownSpeakers=" + unknownSpeakers
                + ", embedding=" + vector + "]";
    }
}
