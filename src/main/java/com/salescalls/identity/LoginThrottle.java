package com.salescalls.identity;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;

import org.springframework.stereotype.Component;

import com.salescalls.platform.RateLimits;

/**
 * Slows password guessing without handing an attacker a way to lock a user out. Failed logins are counted in
 * three buckets:
 * <ul>
 * <li>per username <em>and</em> client address: {@code loginAttempts} per {@code loginWindow}, the lock-out a
 *     guesser at one address meets;</li>
 * <li>per client address, whatever the username: {@code loginAddressAttempts} per {@code loginWindow}, which
 *     slows password spraying (one password tried on many names);</li>
 * <li>per username, from every address: {@code loginUserAttempts} per {@code loginUserWindow}, a slower bound on
 *     a distributed guess. It does not apply at an address where this user logged in before, so guesses from
 *     elsewhere never lock the user out of their own devices.</li>
 * </ul>
 * Beyond a bound, logins in its scope are refused with 429 (right or wrong) until the bucket refills; a success
 * costs nothing. The buckets are {@link RateLimits}: in Redis with {@code REDIS_URL}, so the bounds hold across
 * all instances behind a balancer, otherwise in this instance's memory. The addresses a user logged in from are
 * remembered by each instance for itself (bounded), so behind a balancer a known address may meet the per-username
 * bound on an instance that has not seen that user's login.
 */
@Component
class LoginThrottle {

    private static final int MAX_KNOWN_ADDRESSES = 100_000;

    private final RateLimits limits;
    private final BucketConfiguration perPair;
    private final BucketConfiguration perAddress;
    private final BucketConfiguration perUsername;
    private final Cache<String, Boolean> knownAddresses;

    LoginThrottle(IdentityProperties properties, RateLimits limits) {
        this.limits = limits;
        this.perPair = configuration(properties.loginAttempts(), properties.loginWindow());
        this.perAddress = configuration(properties.loginAddressAttempts(), properties.loginWindow());
        this.perUsername = configuration(properties.loginUserAttempts(), properties.loginUserWindow());
        this.knownAddresses = Caffeine.newBuilder().maximumSize(MAX_KNOWN_ADDRESSES)
                .expireAfterWrite(properties.refreshTokenTtl()).build();
    }

    /** Refuses with 429 when any bucket in scope of this username and address has no attempt left. */
    void checkAllowed(String username, String address) {
        refuseIfEmpty(limits.estimate(addressKey(address), perAddress), "Too many failed logins from this address");
        refuseIfEmpty(limits.estimate(pairKey(username, address), perPair), "Too many failed logins for this user");
        if (knownAddresses.getIfPresent(pairKey(username, address)) == null) {
            refuseIfEmpty(limits.estimate(userKey(username), perUsername), "Too many failed logins for this user");
        }
    }

    void recordFailure(String username, String address) {
        limits.tryConsume(pairKey(username, address), perPair, 1);
        limits.tryConsume(addressKey(address), perAddress, 1);
        limits.tryConsume(userKey(username), perUsername, 1);
    }

    void recordSuccess(String username, String address) {
        knownAddresses.put(pairKey(username, address), Boolean.TRUE);
    }

    private static void refuseIfEmpty(EstimationProbe probe, String detail) {
        if (!probe.canBeConsumed()) {
            throw new IdentityProblems.TooManyLoginAttempts(detail,
                    Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
        }
    }

    private static BucketConfiguration configuration(int capacity, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build();
    }

    private static String userKey(String username) {
        return "login:user:" + username.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "login:address:" + address;
    }

    private static String pairKey(String username, String address) {
        return "login:pair:" + username.toLowerCase(Locale.ROOT) + ":" + address;
    }
}
