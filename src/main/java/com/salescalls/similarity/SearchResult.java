package com.salescalls.similarity;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One search result.
 *
 * @param score   the mode's score: {@code ts_rank_cd} (keyword), cosine similarity (semantic) or the fused
 *                reciprocal-rank score (hybrid)
 * @param ranks   the 1-based rank the call got in each ranking that found it
 * @param snippet transcript text around the query's words, which are marked {@code **like this**}
 */
public record SearchResult(String callId, String agentId, OffsetDateTime startTime,
                           @Nullable Double customerSentimentScore, double score, Ranks ranks, String snippet) {

    /** Null where that ranking did not find the call (or was not asked). */
    public record Ranks(@Nullable Integer keyword, @Nullable Integer semantic) {
    }
}
