package com.salescalls.platform;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A request the domain refuses, named for what happened and free of any protocol: the module that throws it
 * says only which kind of refusal it is, and the web edge ({@link RefusalResponse}) decides the
 * status, headers and RFC 9457 body. Thrown for expected outcomes, so it records no stack trace.
 */
public abstract class Refusal extends RuntimeException {

    /** What kind of refusal: each maps to one HTTP status at the edge. */
    public enum Kind {
        /** The request's parameters or body break a rule. */
        INVALID,
        /** The caller's credentials are missing or wrong. */
        UNAUTHENTICATED,
        /** The caller is known but may not do this. */
        FORBIDDEN,
        /** The thing asked for does not exist, or the caller may not see it. */
        NOT_FOUND,
        /** The request contradicts the current state (a duplicate, the last admin). */
        CONFLICT,
        /** The caller has used up an allowance; {@link #retryAfter()} says when to try again. */
        TOO_MANY_REQUESTS
    }

    private final Kind kind;
    private final String title;

    protected Refusal(Kind kind, String title, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
        this.title = title;
    }

    public Kind kind() {
        return kind;
    }

    /** A short, fixed summary of the refusal ("Call not found"); the message is the detail. */
    public String title() {
        return title;
    }

    /** Members the problem carries beside title and detail (e.g. each invalid parameter). */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** How long the caller should wait, for {@link Kind#TOO_MANY_REQUESTS}. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }
}
