package com.salescalls.similarity;

import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;

import org.springframework.stereotype.Component;

import com.salescalls.calls.CallFeed;
import com.salescalls.calls.CallFilter;
import com.salescalls.calls.KeywordHits;
import com.salescalls.calls.KeywordRanking;
import com.salescalls.identity.CurrentUser;

/**
 * Keyword search in this instance's index: BM25 over the transcripts' words, the list's filters and the caller's
 * scope as filter clauses of the same query. It answers only once the index holds every analysis stored, so a
 * call never goes missing from a search because this instance has not read it yet; until then the calls module
 * asks PostgreSQL. Snippets come from the {@link TranscriptHighlighter}.
 */
@Component
class IndexKeywordRanking implements KeywordRanking {

    private final IndexService index;
    private final CallFeed feed;
    private final KeywordQuery parser;
    private final TranscriptHighlighter highlighter;

    IndexKeywordRanking(IndexService index, CallFeed feed) {
        this.index = index;
        this.feed = feed;
        Analyzer analyzer = new TranscriptAnalyzer();
        this.parser = new KeywordQuery(VectorIndex.TRANSCRIPT, analyzer);
        this.highlighter = new TranscriptHighlighter(VectorIndex.TRANSCRIPT, analyzer);
    }

    @Override
    public Optional<KeywordHits> rank(CallFilter filter, CurrentUser caller) {
        String q = filter.query();
        if (q == null || !index.isOpen() || feed.countAfter(index.searchableWatermark()) > 0) {
            return Optional.empty();
        }
        return Optional.of(index.keyword(parser.parse(q), VectorFilters.scoped(filter, caller), filter.offset(),
                filter.limit()));
    }

    @Override
    public String highlight(String query, String transcript, int maxLength) {
        return highlighter.highlight(parser.parse(query), transcript, maxLength);
    }
}
