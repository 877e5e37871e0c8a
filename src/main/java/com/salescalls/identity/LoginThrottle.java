package com.salescalls.identity;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing: each username may fail {@code loginAttempts} times per {@code loginWindow}; beyond
 * that every login for it, right or wrong, is refused with 429 until the window lets one more through.
 * Successful logins cost nothing, so a user who knows the password is never throttled by their own use.
 * Buckets live in this instance's memory (bounded, and dropped once idle for a window); with several
 * instances behind a balancer each enforces the limit on its own share of the attempts.
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED_USERNAMES = 100_000;

    private final Cache<String, Bucket> failures;
    private final int attempts;
    private final Duration window;

    LoginThrottle(IdentityProperties properties) {
        this.attempts = properties.loginAttempts();
        this.window = properties.loginWindow();
        this.failures = Caffeine.newBuilder().maximumSize(MAX_TRACKED_USERNAMES).expireAfterAccess(window).build();
    }

    /** Refuses with 429 when this username has no failed attempts left. */
    void checkAllowed(String username) {
        Bucket bucket = failures.getIfPresent(key(username));
        if (bucket != null && bucket.getAvailableTokens() < 1) {
            long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
            throw new IdentityProblems.TooManyLoginAttempts(Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1));
        }
    }

    void recordFailure(String username) {
        failures.get(key(username), ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, window).build())
                .build()).tryConsume(1);
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
