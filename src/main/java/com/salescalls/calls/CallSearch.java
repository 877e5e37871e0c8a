package com.salescalls.calls;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.salescalls.identity.CurrentUser;

/**
 * Full-text ranking and result summaries for the search endpoint, on the same filters and caller scope as the
 * calls list.
 */
@Service
public class CallSearch {

    /** Longest snippet or preview, in characters. */
    public static final int TEXT_LENGTH = 300;

    private final CallSearchRepository search;

    CallSearch(CallSearchRepository search) {
        this.search = search;
    }

    /** A page of the calls matching {@code filter.query()}, ranked by full-text relevance. */
    @Transactional(readOnly = true)
    public KeywordHits keyword(CallFilter filter, CurrentUser caller) {
        if (filter.query() == null || filter.sort() != CallSort.RELEVANCE) {
            throw new IllegalArgumentException("keyword search needs a query and relevance order");
        }
        return search.rankedPage(CallQuerySql.of(filter, caller));
    }

    /**
     * Summaries of these calls in the given order, skipping ids that do not exist. With a query the text is a
     * snippet with the matching words between {@code **}; without one, the transcript's opening.
     */
    @Transactional(readOnly = true)
    public List<CallSummary> summaries(List<String> callIds, @Nullable String query) {
        return callIds.isEmpty() ? List.of() : search.summaries(callIds, query);
    }
}
