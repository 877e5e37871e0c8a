package com.salescalls.generator;

import java.time.OffsetDateTime;

/**
 * One synthetic sales call. {@code mood} and {@code agentStyle} are the ground truth the transcript was written
 * from, so analytics built on the transcript can be checked against them.
 */
public record GeneratedCall(String callId, String agentId, String customerId, String language,
                            OffsetDateTime startTime, int durationSeconds, String transcript,
                            CustomerMood mood, AgentStyle agentStyle) {
}
