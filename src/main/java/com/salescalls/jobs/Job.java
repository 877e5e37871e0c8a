package com.salescalls.jobs;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A background job, as {@code GET /api/v1/jobs/{id}} shows it.
 *
 * @param requestedBy the user who started it, null for scheduled runs
 * @param attempts    runs started so far (a failed run is retried a bounded number of times)
 * @param detail      what it is doing or how it ended, in words
 */
public record Job(UUID jobId, String kind, JobState state, @Nullable String requestedBy, int attempts,
                  @Nullable String detail, OffsetDateTime createdAt, @Nullable OffsetDateTime startedAt,
                  @Nullable OffsetDateTime finishedAt) {
}
