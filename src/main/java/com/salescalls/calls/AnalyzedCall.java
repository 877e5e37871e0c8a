package com.salescalls.calls;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * One stored analysis as the feed of analysed calls delivers it: what a derived index needs to file the call
 * under its filters and its words. {@code embedding} is null when the analysis produced none (an empty transcript).
 */
@NamedInterface("analyses")
public record AnalyzedCall(long analyzedSeq, String callId, String agentId, String customerId, String language,
                           Instant startTime, @Nullable Double customerSentimentScore,
                           float @Nullable [] embedding, String transcript) {
}
