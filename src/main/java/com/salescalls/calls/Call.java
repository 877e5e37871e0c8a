package com.salescalls.calls;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** A stored call with its analysis. {@code embedding} is loaded only when asked for. */
public record Call(String callId, String agentId, String customerId, String language, OffsetDateTime startTime,
                   int durationSeconds, String transcript, @Nullable Double agentTalkRatio,
                   @Nullable Double customerSentimentScore, String analysisStatus, @Nullable String analysisError,
                   float @Nullable [] embedding, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
