package com.salescalls.platform;

import java.time.Duration;
import java.util.Optional;

/** The caller used up an allowance (ingest, login attempts): try again after the given number of seconds. */
public class TooManyRequests extends Refusal {

    private final Duration retryAfter;

    public TooManyRequests(String title, String reason, long retryAfterSeconds) {
        super(Kind.TOO_MANY_REQUESTS, title, reason + "; try again in " + retryAfterSeconds + " s");
        this.retryAfter = Duration.ofSeconds(retryAfterSeconds);
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
