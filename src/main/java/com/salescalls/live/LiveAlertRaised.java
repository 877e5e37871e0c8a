package com.salescalls.live;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A live call (not a replay) raised an alert; published on the producer's thread as the alert goes out to
 * subscribers.
 *
 * @param alert the alert's kind, as in the WebSocket message ({@code negative_sentiment}, {@code competitor}, ...)
 */
public record LiveAlertRaised(String callId, String agentId, String alert, int utteranceIndex, Instant timestamp,
                              String detail, @Nullable Double value, @Nullable Double threshold,
                              @Nullable String competitor) {
}
