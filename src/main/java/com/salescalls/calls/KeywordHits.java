package com.salescalls.calls;

import java.util.List;

/** One page of full-text matches, best first, and how many calls match in all. */
public record KeywordHits(List<Hit> hits, long total) {

    /** @param rank the ranking's score: BM25 from the index, {@code ts_rank_cd} from PostgreSQL while it builds */
    public record Hit(String callId, double rank) {
    }
}
