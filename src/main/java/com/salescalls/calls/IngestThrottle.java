package com.salescalls.calls;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

import com.salescalls.platform.RateLimits;
import com.salescalls.platform.TooManyRequests;

/**
 * Bounds how often one user may ingest or analyse ({@code INGEST_RATE_LIMIT} requests per minute, refilled
 * gradually): both run the analyser or fill its queue, so one client cannot starve the others. With
 * {@code REDIS_URL} the buckets live in Redis, one budget per user across all instances; without it, in this
 * instance's memory (bounded).
 */
@NamedInterface("ingest")
@Component
public class IngestThrottle {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateLimits limits;
    private final BucketConfiguration configuration;

    IngestThrottle(CallsProperties properties, RateLimits limits) {
        this.limits = limits;
        int perMinute = properties.ingestRequestsPerMinute();
        this.configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, WINDOW).build()).build();
    }

    /** Takes one request from this user's allowance, or refuses with 429 and {@code Retry-After}. */
    public void acquire(long userId) {
        ConsumptionProbe probe = limits.tryConsume("ingest:" + userId, configuration, 1);
        if (!probe.isConsumed()) {
            throw new TooManyIngestRequests(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill())
                    .toSeconds() + 1));
        }
    }

    static final class TooManyIngestRequests extends TooManyRequests {
        TooManyIngestRequests(long retryAfterSeconds) {
            super("Too many requests", "Too many ingest or analyse requests", retryAfterSeconds);
        }
    }
}
