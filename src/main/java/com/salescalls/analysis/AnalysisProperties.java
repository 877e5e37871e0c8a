package com.salescalls.analysis;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the analysis pipeline.
 *
 * @param workers             analysis workers on this instance ({@code ANALYSIS_WORKERS}; 0: this instance only
 *                            ingests, others analyse)
 * @param batchSize           calls a worker claims and analyses together ({@code ANALYSIS_BATCH_SIZE})
 * @param lease               how long a claim holds its calls; a crashed worker's calls return to the queue after it
 * @param maxAttempts         attempts at one call before it is marked failed ({@code ANALYSIS_MAX_ATTEMPTS})
 * @param retryBackoff        wait before the next attempt, times the attempts so far
 * @param pollInterval        how often an idle worker looks for calls queued by other instances
 * @param reanalyzeOutdatedAtStart queue the calls of older analysers at start ({@code REANALYZE_OUTDATED_AT_START})
 * @param progressSampleInterval how often this instance reads the queue for its progress figures and gauges
 * @param progressWindow      the stretch of recent work the rate (and so the time left) is measured over
 * @param progressLogInterval how often a command that waits for the analysis logs its progress when its output is
 *                            not a terminal ({@code PROGRESS_LOG_INTERVAL})
 */
@Validated
@ConfigurationProperties("app.analysis")
public record AnalysisProperties(
        @Min(0) @Max(64) int workers,
        @Min(1) @Max(1000) int batchSize,
        @NotNull Duration lease,
        @Min(1) @Max(100) int maxAttempts,
        @NotNull Duration retryBackoff,
        @NotNull Duration pollInterval,
        boolean reanalyzeOutdatedAtStart,
        @NotNull Duration progressSampleInterval,
        @NotNull Duration progressWindow,
        @NotNull Duration progressLogInterval) {
}
