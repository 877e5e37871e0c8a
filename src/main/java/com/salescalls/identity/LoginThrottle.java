package com.salescalls.identity;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

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
 * costs nothing. Buckets live in this instance's memory, bounded and dropped when idle.
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final Cache<String, Bucket> pairs;
    private final Cache<String, Bucket> addresses;
    private final Cache<String, Bucket> usernames;
    private final Cache<String, Boolean> knownAddresses;
    private final IdentityProperties properties;

    LoginThrottle(IdentityProperties properties) {
        this.properties = properties;
        this.pairs = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(properties.loginWindow()).build();
        this.addresses = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(properties.loginWindow())
                .build();
        this.usernames = Caffeine.newBuilder().maximumSize(MAX_TRACKED)
                .expireAfterAccess(properties.loginUserWindow()).build();
        this.knownAddresses = Caffeine.newBuilder().maximumSize(MAX_TRACKED)
                .expireAfterWrite(properties.refreshTokenTtl()).build();
    }

    /** Refuses with 429 when any bucket in scope of this username and address has no attempt left. */
    void checkAllowed(String username, String address) {
        refuseIfEmpty(addresses.getIfPresent(address), "Too many failed logins from this address");
        refuseIfEmpty(pairs.getIfPresent(pair(username, address)), "Too many failed logins for this user");
        if (knownAddresses.getIfPresent(pair(username, address)) == null) {
            refuseIfEmpty(usernames.getIfPresent(key(username)), "Too many failed logins for this user");
        }
    }

    void recordFailure(String username, String address) {
        bucket(pairs, pair(username, address), properties.loginAttempts(), properties.loginWindow()).tryConsume(1);
        bucket(addresses, address, properties.loginAddressAttempts(), properties.loginWindow()).tryConsume(1);
        bucket(usernames, key(username), properties.loginUserAttempts(), properties.loginUserWindow()).tryConsume(1);
    }

    void recordSuccess(String username, String address) {
        knownAddresses.put(pair(username, address), Boolean.TRUE);
    }

    private static void refuseIfEmpty(Bucket bucket, String detail) {
        if (bucket != null && bucket.getAvailableTokens() < 1) {
            long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
            throw new IdentityProblems.TooManyLoginAttempts(detail,
                    Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1));
        }
    }

    private static Bucket bucket(Cache<String, Bucket> buckets, String key, int capacity, Duration window) {
        return buckets.get(key, ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build());
    }

    private static String pair(String username, String address) {
        return key(username) + "\n" + address;
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
