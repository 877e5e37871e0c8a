package com.salescalls.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import com.salescalls.calls.CallFilter;
import com.salescalls.calls.CallSearch;
import com.salescalls.calls.CallSummary;
import com.salescalls.calls.KeywordHits;
import com.salescalls.identity.CurrentUser;
import com.salescalls.insights.EmbeddingEncoder;

/**
 * Keyword, semantic and hybrid search over the calls the caller may see, with the calls list's filters.
 * Keyword ranking is {@link CallSearch}'s (the index's BM25, PostgreSQL while the index builds); semantic ranking
 * embeds the query and searches the vector index with
 * the same filters inside the graph search; hybrid computes both at once and fuses the top {@code searchDepth} of
 * each by reciprocal rank fusion.
 */
@Service
public class SearchService {

    private final CallSearch calls;
    private final IndexService index;
    private final EmbeddingEncoder encoder;
    private final SimilarityProperties properties;
    /** Where a hybrid search's semantic half runs: one virtual thread per search, none while idle. */
    private final ExecutorService halves = Executors.newVirtualThreadPerTaskExecutor();

    SearchService(CallSearch calls, IndexService index, EmbeddingEncoder encoder, SimilarityProperties properties) {
        this.calls = calls;
        this.index = index;
        this.encoder = encoder;
        this.properties = properties;
    }

    /** @param filter the list filters with the query text, relevance order, limit and offset */
    public SearchPage search(SearchMode mode, CallFilter filter, CurrentUser caller) {
        String q = Objects.requireNonNull(filter.query(), "a search needs a query");
        return switch (mode) {
            case KEYWORD -> keyword(filter, caller, q);
            case SEMANTIC -> {
                List<Neighbour> found = semantic(filter, caller, q);
                yield page(IntStream.range(0, found.size())
                        .mapToObj(i -> new Ranked(found.get(i).callId(), found.get(i).similarity(), null, i + 1))
                        .toList(), filter, q);
            }
            case HYBRID -> hybrid(filter, caller, q);
        };
    }

    private record Ranked(String callId, double score, @Nullable Integer keywordRank,
                          @Nullable Integer semanticRank) {
    }

    private SearchPage keyword(CallFilter filter, CurrentUser caller, String q) {
        KeywordHits hits = calls.keyword(filter, caller);
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < hits.hits().size(); i++) {
            KeywordHits.Hit hit = hits.hits().get(i);
            ranked.add(new Ranked(hit.callId(), hit.rank(), filter.offset() + i + 1, null));
        }
        return new SearchPage(results(ranked, q), hits.total());
    }

    private List<Neighbour> semantic(CallFilter filter, CurrentUser caller, String q) {
        float[] vector = encoder.embed(q);
        if (vector == null) {
            return List.of();
        }
        return index.nearest(vector, properties.searchDepth(), VectorFilters.scoped(filter, caller));
    }

    private SearchPage hybrid(CallFilter filter, CurrentUser caller, String q) {
        CallFilter top = new CallFilter(filter.agentId(), filter.customerId(), filter.language(), filter.from(),
                filter.toExclusive(), filter.minSentiment(), filter.maxSentiment(), q, filter.sort(),
                properties.searchDepth(), 0);
        // the two rankings are independent: the semantic half (embedding the query, then the vector search) runs
        // on a virtual thread while this thread ranks the words, so a hybrid search costs the slower half, not both
        Future<List<Neighbour>> semanticHalf = halves.submit(() -> semantic(filter, caller, q));
        List<String> keyword;
        try {
            keyword = calls.keyword(top, caller).hits().stream().map(KeywordHits.Hit::callId).toList();
        } catch (RuntimeException | Error e) {
            semanticHalf.cancel(false); // no interrupt: it could land inside a Lucene read
            throw e;
        }
        List<String> semantic = joined(semanticHalf).stream().map(Neighbour::callId).toList();
        List<Ranked> fused = ReciprocalRankFusion.fuse(keyword, semantic, properties.rrfK()).stream()
                .map(f -> new Ranked(f.callId(), f.score(), f.keywordRank(), f.semanticRank())).toList();
        return page(fused, filter, q);
    }

    private static <T> T joined(Future<T> half) {
        try {
            return half.get();
        } catch (InterruptedException e) {
            half.cancel(false);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while searching", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void close() {
        halves.close();
    }

    private SearchPage page(List<Ranked> all, CallFilter filter, String q) {
        int from = Math.min(filter.offset(), all.size());
        int to = Math.min(from + filter.limit(), all.size());
        return new SearchPage(results(all.subList(from, to), q), all.size());
    }

    private List<SearchResult> results(List<Ranked> ranked, String q) {
        Map<String, CallSummary> summaries = new HashMap<>();
        calls.summaries(ranked.stream().map(Ranked::callId).toList(), q)
                .forEach(summary -> summaries.put(summary.callId(), summary));
        List<SearchResult> results = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            CallSummary summary = summaries.get(r.callId());
            if (summary != null) { // gone from the database since it was indexed
                results.add(new SearchResult(r.callId(), summary.agentId(), summary.startTime(),
                        summary.customerSentimentScore(), r.score(),
                        new SearchResult.Ranks(r.keywordRank(), r.semanticRank()), summary.text()));
            }
        }
        return results;
    }
}
