package com.salescalls.calls;

import java.util.Optional;

import com.salescalls.identity.CurrentUser;

/**
 * A faster keyword ranking than PostgreSQL's full text, kept outside this module (the similarity module's
 * Lucene index), which calls search uses when it can answer and falls back to PostgreSQL when it cannot.
 */
public interface KeywordRanking {

    /**
     * A page of the calls the caller may see that match {@code filter.query()} under the filter, best first, with
     * the exact number of matches; empty when this ranking cannot answer for every analysed call right now (its
     * index is still being built or has not caught up).
     */
    Optional<KeywordHits> rank(CallFilter filter, CurrentUser caller);

    /**
     * A snippet of {@code transcript} around the words of {@code query}, each match marked {@code **like this**},
     * at most {@code maxLength} characters; the transcript's opening when nothing in it matches.
     */
    String highlight(String query, String transcript, int maxLength);
}
