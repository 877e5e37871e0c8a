package com.salescalls.calls;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.salescalls.identity.CurrentUser;

/**
 * Keyword ranking and result summaries for the search endpoint and the calls list's {@code q}, on the same
 * filters and caller scope as the calls list. The {@link KeywordRanking} (the index's BM25) ranks when it can
 * answer; PostgreSQL's full text ({@code ts_rank_cd}) while it cannot, e.g. while a new instance builds its index.
 */
@Service
public class CallSearch {

    /** Longest snippet or preview, in characters. */
    public static final int TEXT_LENGTH = 300;

    private final CallSearchRepository search;
    private final KeywordRanking ranking;

    CallSearch(CallSearchRepository search, KeywordRanking ranking) {
        this.search = search;
        this.ranking = ranking;
    }

    /** A page of the calls matching {@code filter.query()}, ranked by keyword relevance. */
    @Transactional(readOnly = true)
    public KeywordHits keyword(CallFilter filter, CurrentUser caller) {
        if (filter.query() == null || filter.sort() != CallSort.RELEVANCE) {
            throw new IllegalArgumentException("keyword search needs a query and relevance order");
        }
        return ranking.rank(filter, caller).orElseGet(() -> search.rankedPage(CallQuerySql.of(filter, caller)));
    }

    /**
     * Summaries of these calls in the given order, skipping ids that do not exist. With a query the text is a
     * snippet with the matching words between {@code **}; without one, the transcript's opening.
     */
    @Transactional(readOnly = true)
    public List<CallSummary> summaries(List<String> callIds, @Nullable String query) {
        if (callIds.isEmpty()) {
            return List.of();
        }
        if (query == null) {
            return search.summaries(callIds, TEXT_LENGTH);
        }
        return search.summaries(callIds, Integer.MAX_VALUE).stream()
                .map(s -> new CallSummary(s.callId(), s.agentId(), s.startTime(), s.customerSentimentScore(),
                        ranking.highlight(query, s.text(), TEXT_LENGTH)))
                .toList();
    }
}
