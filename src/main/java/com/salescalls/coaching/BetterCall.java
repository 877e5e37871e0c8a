package com.salescalls.coaching;

/** A similar call of another agent whose customer ended up happier: the example to study. */
record BetterCall(String callId, String agentId, double similarity, double customerSentiment) {
}
