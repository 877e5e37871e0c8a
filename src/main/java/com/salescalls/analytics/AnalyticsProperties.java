package com.salescalls.analytics;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of agent analytics.
 *
 * @param nightlyCron   when the full recalculation runs, a six-field cron expression in UTC
 *                      (second minute hour day month weekday)
 * @param retries       how many times a failed recalculation is retried before its job is reported failed
 * @param retryBackoff  the wait before the first retry; each further retry waits 1.5 times longer
 * @param lockTimeout   how long a recalculation waits for the rollups lock before the attempt fails
 * @param maxTrendWeeks the most weeks one trend request may span
 */
@Validated
@ConfigurationProperties("app.analytics")
public record AnalyticsProperties(
        @NotBlank String nightlyCron,
        @Min(0) @Max(20) int retries,
        @NotNull Duration retryBackoff,
        @NotNull Duration lockTimeout,
        @Min(1) @Max(1000) int maxTrendWeeks) {
}
