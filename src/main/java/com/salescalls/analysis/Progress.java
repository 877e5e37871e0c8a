package com.salescalls.analysis;

import org.jspecify.annotations.Nullable;

/**
 * How far the pipeline is through its current backlog: the calls queued since the queue was last seen empty.
 * {@code total} is {@code analyzed} plus what is still queued, so it grows when calls arrive during the run and
 * shrinks when a call fails for good. When the queue is empty, both are the last run's count.
 *
 * @param analyzed       analyses stored during this run (by any instance)
 * @param total          {@code analyzed} plus the calls still queued
 * @param ratePerSecond  analyses stored per second over the last stretch of the run; null until measured, 0 idle
 * @param etaSeconds     seconds left at that rate; null while the rate is unknown or zero with calls queued
 */
public record Progress(long analyzed, long total, @Nullable Double ratePerSecond, @Nullable Long etaSeconds) {

    public long remaining() {
        return total - analyzed;
    }
}
