package com.salescalls.insights;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one place where the analysis gets sentiment from: it scores utterance texts, each on its own, in [-1, 1].
 *
 * <p>{@link TranscriptAnalyzer} hands it every agent and customer utterance (continuation lines joined, blank
 * ones left out) of a whole batch of transcripts in a single call, with their embeddings; the
 * customer's {@code customer_sentiment_score}, the per-quarter and the agent's sentiment are all means of these
 * scores. Which model scores is the {@link SentimentAnalyzer}'s configuration ({@code SENTIMENT_MODEL}).
 */
@FunctionalInterface
interface UtteranceSentiments {

    /**
     * @param texts      utterance texts, none blank
     * @param embeddings each text's embedding, which the analysis computed anyway for the call's vector
     * @return one score per text, in the same order, each in [-1, 1]
     */
    double[] scores(List<String> texts, List<float @Nullable []> embeddings);

    /**
     * Scores all texts in one {@link SentimentAnalyzer#scoreAll} call; the learned head reads the given
     * embeddings instead of running the model again.
     */
    static UtteranceSentiments polarityOf(SentimentAnalyzer analyzer) {
        return analyzer::scoreAll;
    }
}
