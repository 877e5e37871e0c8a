package com.salescalls.platform;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the PostgreSQL-backed task scheduler.
 *
 * @param enabled         false keeps this instance from running background tasks (it still schedules them)
 * @param threads         tasks this instance runs at once
 * @param pollingInterval how often this instance looks for due tasks
 */
@Validated
@ConfigurationProperties("app.scheduler")
public record SchedulerProperties(boolean enabled, @Min(1) int threads, @NotNull Duration pollingInterval) {
}
