package com.salescalls.insights;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One way of scoring short texts (utterances, sentences) for sentiment: each score in [-1, 1], above 0 meaning
 * positive. Implementations hold only immutable data, so they may be shared between threads.
 */
interface SentimentScorer {

    /** Scores the texts in order; a blank text scores 0. Batches let a model embed all texts in one go. */
    double[] scoreAll(List<String> texts);

    /**
     * Scores texts whose embeddings by the analysis's {@link EmbeddingEncoder} the caller already has: the analysis
     * embeds every utterance once, for the call's vector, and a scorer that runs on embeddings reuses them. A
     * scorer that needs none ignores them.
     *
     * @param embeddings one per text, in order; null where the text has nothing to embed
     */
    default double[] scoreAll(List<String> texts, List<float @Nullable []> embeddings) {
        return scoreAll(texts);
    }
}
