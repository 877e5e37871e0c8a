package com.salescalls.live;

/** A call a producer is streaming now. */
public record LiveCallInProgress(String callId, String agentId) {
}
