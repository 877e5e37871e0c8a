package com.salescalls.calls;

import java.io.Serializable;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A call in a result list: who, when, how it went, and a short text from its transcript (a highlighted
 * snippet for a search, the opening words otherwise).
 */
public record CallSummary(String callId, String agentId, OffsetDateTime startTime,
                          @Nullable Double customerSentimentScore, String text) implements Serializable {
}
