package com.salescalls.calls;

import java.util.List;

/** One page of full-text matches, best first, and how many calls match in all. */
public record KeywordHits(List<Hit> hits, long total) {

    /** @param rank PostgreSQL's {@code ts_rank_cd} of the call for the query */
    public record Hit(String callId, double rank) {
    }
}
