package com.salescalls.calls;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.salescalls.insights.ConversationMetrics;
import com.salescalls.insights.SpokenLine;

/**
 * A stored call with its analysis. {@code embedding} is loaded only when asked for; {@code metrics} is null until
 * the call is analysed. {@code analysisVersion} names the analyser that produced the stored analysis;
 * {@code utterances} are there when the call was posted as utterances.
 */
public record Call(String callId, String agentId, String customerId, String language, OffsetDateTime startTime,
                   int durationSeconds, String transcript, @Nullable Double agentTalkRatio,
                   @Nullable Double customerSentimentScore, String analysisStatus, @Nullable String analysisError,
                   @Nullable ConversationMetrics metrics, float @Nullable [] embedding, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                   @Nullable Integer analysisVersion, @Nullable List<SpokenLine> utterances) {
}
