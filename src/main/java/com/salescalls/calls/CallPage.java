package com.salescalls.calls;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a call list and how many calls match in all: exact up to {@link CallService#EXACT_TOTAL_LIMIT}
 * matches, beyond that PostgreSQL's planner estimate ({@code totalIsEstimate}); exact at any size for a keyword
 * search the index ranks. {@code nextCursor} is where the next page starts, null after a short page or in
 * relevance order.
 */
public record CallPage(List<Call> calls, long total, boolean totalIsEstimate, @Nullable String nextCursor) {
}
