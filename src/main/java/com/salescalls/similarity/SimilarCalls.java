package com.salescalls.similarity;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Nearest calls by embedding, from this instance's copy of the vector index. */
@Service
public class SimilarCalls {

    private final IndexService index;

    SimilarCalls(IndexService index) {
        this.index = index;
    }

    /**
     * The {@code limit} calls most similar to the given one (never itself), best first.
     *
     * @param embedding    the call's embedding
     * @param visibleAgent only calls of this agent (an agent user's scope), or null for all
     */
    public List<SimilarCall> similarTo(String callId, float[] embedding, int limit, @Nullable String visibleAgent) {
        // one more than asked, then the call itself dropped: a "not this call" filter would cost a scan of every
        // call per query (see VectorFilters), where the call is simply its own nearest neighbour
        return index.nearest(embedding, limit + 1, VectorFilters.of(null, visibleAgent)).stream()
                .filter(n -> !n.callId().equals(callId))
                .limit(limit)
                .map(n -> new SimilarCall(n.callId(), n.agentId(), n.similarity()))
                .toList();
    }
}
