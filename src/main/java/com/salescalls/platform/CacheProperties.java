package com.salescalls.platform;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The caches of hot reads (Redis when {@code REDIS_URL} is set, in-process otherwise) and how an unreachable Redis
 * is handled.
 *
 * @param analyticsTtl          how long a leaderboard or trend is kept (they are also cleared when data changes)
 * @param callsTtl              how long a call's detail is kept
 * @param recommendationsTtl    how long a call's recommendations are kept
 * @param maxEntries            entries per in-process cache (Redis is bounded by its own maxmemory policy)
 * @param redisTimeout          how long one Redis command may take before it counts as failed
 * @param redisConnectTimeout   how long connecting to Redis may take
 * @param failureRatePercent    failed Redis calls, in percent of the recent ones, that open the circuit
 * @param minimumCalls          Redis calls the circuit needs to see before it judges the failure rate
 * @param openFor               how long an open circuit skips Redis before probing it again
 * @param nearTtl               with Redis, how long an instance keeps its own copy of an entry it read
 *                              ({@link NearCache}; evictions reach the copies at once); zero: no copies
 */
@Validated
@ConfigurationProperties("app.cache")
public record CacheProperties(
        @NotNull Duration analyticsTtl,
        @NotNull Duration callsTtl,
        @NotNull Duration recommendationsTtl,
        @Min(1) long maxEntries,
        @NotNull Duration redisTimeout,
        @NotNull Duration redisConnectTimeout,
        @Min(1) @Max(100) int failureRatePercent,
        @Min(1) int minimumCalls,
        @NotNull Duration openFor,
        @NotNull Duration nearTtl) {
}
