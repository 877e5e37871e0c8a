package com.salescalls.analysis;

import java.time.OffsetDateTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The analysis pipeline at a glance.
 *
 * @param callsByStatus    stored calls per {@code analysis_status}
 * @param ready            queued calls waiting for a worker
 * @param inProgress       calls a worker is analysing
 * @param retrying         calls waiting out the backoff after a failed attempt
 * @param oldestQueuedAt   when the oldest queued call was queued, null when the queue is empty
 * @param analysisVersion  the analyser version this instance stores
 * @param progress         how far the pipeline is through its current backlog
 */
public record PipelineState(Map<String, Long> callsByStatus, long ready, long inProgress, long retrying,
                            @Nullable OffsetDateTime oldestQueuedAt, int analysisVersion, Progress progress) {
}
