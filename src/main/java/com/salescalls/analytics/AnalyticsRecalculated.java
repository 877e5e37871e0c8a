package com.salescalls.analytics;

import java.time.Instant;
import java.util.UUID;

/** A recalculation of every rollup finished; published once its job is recorded as succeeded. */
public record AnalyticsRecalculated(UUID jobId, int agentDays, int changed, long calls, Instant finishedAt) {
}
