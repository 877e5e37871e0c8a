package com.salescalls.calls;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a call list asks for, already validated. {@code from} is inclusive and {@code toExclusive}
 * exclusive; {@code query} is a web-search-style full-text query.
 */
public record CallFilter(@Nullable String agentId, @Nullable String customerId, @Nullable String language,
                         @Nullable Instant from, @Nullable Instant toExclusive, @Nullable Double minSentiment,
                         @Nullable Double maxSentiment, @Nullable String query, CallSort sort, int limit,
                         int offset) {
}
