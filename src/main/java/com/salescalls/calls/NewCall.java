package com.salescalls.calls;

import java.time.OffsetDateTime;

/** A call to store: its metadata and raw transcript, before analysis. */
public record NewCall(String callId, String agentId, String customerId, String language,
                      OffsetDateTime startTime, int durationSeconds, String transcript) {
}
