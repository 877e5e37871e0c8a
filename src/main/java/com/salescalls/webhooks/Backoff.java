package com.salescalls.webhooks;

import java.time.Duration;

/** The wait before the next attempt: the initial backoff doubled after each failed attempt, capped. */
final class Backoff {

    private Backoff() {
    }

    static Duration after(int failedAttempts, Duration initial, Duration max) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        long millis = initial.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
