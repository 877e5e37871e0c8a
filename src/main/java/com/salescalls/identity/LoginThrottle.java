package com.salescalls.identity;

import java.time.Duration;
import java.util.Locale;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;

import org.springframework.stereotype.Component;

import com.salescalls.platform.RateLimits;

/**
 * Slows password guessing: each username may fail {@code loginAttempts} times per {@code loginWindow}; beyond
 * that every login for it, right or wrong, is refused with 429 until the window lets one more through.
 * Successful logins cost nothing, so a user who knows the password is never throttled by their own use.
 * With {@code REDIS_URL} the failures are counted in Redis, so the limit holds across all instances behind a
 * balancer; without it, in this instance's memory (bounded).
 */
@Component
class LoginThrottle {

    private final RateLimits limits;
    private final BucketConfiguration configuration;

    LoginThrottle(IdentityProperties properties, RateLimits limits) {
        this.limits = limits;
        int attempts = properties.loginAttempts();
        this.configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, properties.loginWindow()).build())
                .build();
    }

    /** Refuses with 429 when this username has no failed attempts left. */
    void checkAllowed(String username) {
        EstimationProbe probe = limits.estimate(key(username), configuration);
        if (!probe.canBeConsumed()) {
            throw new IdentityProblems.TooManyLoginAttempts(Math.max(1,
                    Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
        }
    }

    void recordFailure(String username) {
        limits.tryConsume(key(username), configuration, 1);
    }

    private static String key(String username) {
        return "login:" + username.toLowerCase(Locale.ROOT);
    }
}
