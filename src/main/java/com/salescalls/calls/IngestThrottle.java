package com.salescalls.calls;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Bounds how often one user may ingest or analyse ({@code INGEST_RATE_LIMIT} requests per minute, refilled
 * gradually): both run the analyser or fill its queue, so one client cannot starve the others. Buckets live in
 * this instance's memory, bounded and dropped when idle; with several instances each enforces the limit on its
 * own share of the requests.
 */
@NamedInterface("ingest")
@Component
public class IngestThrottle {

    private static final int MAX_TRACKED_USERS = 100_000;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Cache<Long, Bucket> buckets;
    private final int perMinute;

    IngestThrottle(CallsProperties properties) {
        this.perMinute = properties.ingestRequestsPerMinute();
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_TRACKED_USERS).expireAfterAccess(WINDOW).build();
    }

    /** Takes one request from this user's allowance, or refuses with 429 and {@code Retry-After}. */
    public void acquire(long userId) {
        Bucket bucket = buckets.get(userId, ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, WINDOW).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyIngestRequests(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill())
                    .toSeconds() + 1));
        }
    }

    static final class TooManyIngestRequests extends ErrorResponseException {
        TooManyIngestRequests(long retryAfterSeconds) {
            super(HttpStatus.TOO_MANY_REQUESTS, problem(retryAfterSeconds), null);
            getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        }

        private static ProblemDetail problem(long retryAfterSeconds) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many ingest or analyse requests; try again in " + retryAfterSeconds + " s");
            problem.setTitle("Too many requests");
            return problem;
        }
    }
}
