package com.salescalls.similarity;

import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

import com.salescalls.calls.CallFilter;
import com.salescalls.identity.CurrentUser;

/**
 * The calls list's filters and the caller's scope as a Lucene filter, so that the graph search itself skips
 * calls that do not qualify (and falls back to an exact scan when few do) instead of dropping results after k.
 * Same semantics as the SQL of the list: a sentiment bound excludes calls without a score.
 */
final class VectorFilters {

    private VectorFilters() {
    }

    /**
     * @param visibleAgent the only agent whose calls may be returned, or null for all agents
     * @return null when nothing is restricted: an unfiltered graph search, where even a match-all filter would
     *         make Lucene collect a bitset of every call in every segment on each query (about 10 ms at a million)
     */
    static @Nullable Query of(@Nullable CallFilter filter, @Nullable String visibleAgent) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        term(query, VectorIndex.AGENT_ID, visibleAgent);
        if (filter != null) {
            term(query, VectorIndex.AGENT_ID, filter.agentId());
            term(query, VectorIndex.CUSTOMER_ID, filter.customerId());
            term(query, VectorIndex.LANGUAGE, filter.language());
            if (filter.from() != null || filter.toExclusive() != null) {
                long from = filter.from() == null ? Long.MIN_VALUE : VectorIndex.micros(filter.from());
                long to = filter.toExclusive() == null ? Long.MAX_VALUE : VectorIndex.micros(filter.toExclusive()) - 1;
                query.add(LongPoint.newRangeQuery(VectorIndex.START, from, to), Occur.FILTER);
            }
            if (filter.minSentiment() != null || filter.maxSentiment() != null) {
                double min = filter.minSentiment() == null ? Double.NEGATIVE_INFINITY : filter.minSentiment();
                double max = filter.maxSentiment() == null ? Double.POSITIVE_INFINITY : filter.maxSentiment();
                query.add(DoublePoint.newRangeQuery(VectorIndex.SENTIMENT, min, max), Occur.FILTER);
            }
        }
        BooleanQuery built = query.build();
        return built.clauses().isEmpty() ? null : built;
    }

    /** The filter within what {@code caller} may see: all calls, one agent's, or none (null: no restriction). */
    static @Nullable Query scoped(CallFilter filter, CurrentUser caller) {
        if (caller.seesAllAgents()) {
            return of(filter, null);
        }
        return caller.agentId() == null ? new MatchNoDocsQuery("the caller may see no calls")
                : of(filter, caller.agentId());
    }

    private static void term(BooleanQuery.Builder query, String field, @Nullable String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
