package com.salescalls.calls;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of ingestion and the analysis pipeline.
 *
 * @param workers             analysis workers on this instance ({@code ANALYSIS_WORKERS}; 0: this instance only
 *                            ingests, others analyse)
 * @param batchSize           calls a worker claims and analyses together ({@code ANALYSIS_BATCH_SIZE})
 * @param lease               how long a claim holds its calls; a crashed worker's calls return to the queue after it
 * @param maxAttempts         attempts at one call before it is marked failed ({@code ANALYSIS_MAX_ATTEMPTS})
 * @param retryBackoff        wait before the next attempt, times the attempts so far
 * @param pollInterval        how often an idle worker looks for calls queued by other instances
 * @param maxBulkCalls        calls in one bulk request ({@code MAX_BULK_CALLS})
 * @param maxBulkSize         bytes in one bulk request ({@code MAX_BULK_SIZE}); the global body limit does not apply
 * @param maxTranscriptChars  characters in one transcript (or all its utterances' text together)
 * @param maxUtterances       utterances in one call
 * @param ingestRequestsPerMinute ingest and analyse requests one user may make per minute ({@code INGEST_RATE_LIMIT})
 * @param reanalyzeOutdatedAtStart queue the calls of older analysers at start ({@code REANALYZE_OUTDATED_AT_START})
 */
@Validated
@ConfigurationProperties("app.calls")
public record CallsProperties(
        @Min(0) @Max(64) int workers,
        @Min(1) @Max(1000) int batchSize,
        @NotNull Duration lease,
        @Min(1) @Max(100) int maxAttempts,
        @NotNull Duration retryBackoff,
        @NotNull Duration pollInterval,
        @Min(1) @Max(1_000_000) int maxBulkCalls,
        @NotNull DataSize maxBulkSize,
        @Min(100) @Max(10_000_000) int maxTranscriptChars,
        @Min(1) @Max(1_000_000) int maxUtterances,
        @Min(1) int ingestRequestsPerMinute,
        boolean reanalyzeOutdatedAtStart) {
}
