package com.salescalls.calls;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of ingestion (the analysis pipeline's are in the analysis module).
 *
 * @param maxBulkCalls        calls in one bulk request ({@code MAX_BULK_CALLS})
 * @param maxBulkSize         bytes in one bulk request ({@code MAX_BULK_SIZE}); the global body limit does not apply
 * @param maxTranscriptChars  characters in one transcript (or all its utterances' text together)
 * @param maxUtterances       utterances in one call
 * @param ingestRequestsPerMinute ingest and analyse requests one user may make per minute ({@code INGEST_RATE_LIMIT})
 */
@Validated
@ConfigurationProperties("app.calls")
public record CallsProperties(
        @Min(1) @Max(1_000_000) int maxBulkCalls,
        @NotNull DataSize maxBulkSize,
        @Min(100) @Max(10_000_000) int maxTranscriptChars,
        @Min(1) @Max(1_000_000) int maxUtterances,
        @Min(1) int ingestRequestsPerMinute) {
}
