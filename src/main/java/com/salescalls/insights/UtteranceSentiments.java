package com.salescalls.insights;

import java.util.List;

/**
 * The one place where the analysis gets sentiment from: it scores utterance texts, each on its own, in [-1, 1].
 *
 * <p>{@link TranscriptAnalyzer} hands it every agent and customer utterance (continuation lines joined, blank
 * ones left out) of a whole batch of transcripts in a single call, so a scorer that runs a model can batch; the
 * customer's {@code customer_sentiment_score}, the per-quarter and the agent's sentiment are all means of these
 * scores. To score differently (say, a learned head over sentence embeddings), give the analyzer another
 * implementation: nothing else changes.
 */
@FunctionalInterface
interface UtteranceSentiments {

    /**
     * @param texts utterance texts, none blank
     * @return one score per text, in the same order, each in [-1, 1]
     */
    double[] scores(List<String> texts);

    /** Scores each text with {@link SentimentAnalyzer#polarity(String)}. */
    static UtteranceSentiments polarityOf(SentimentAnalyzer analyzer) {
        return texts -> texts.stream().mapToDouble(analyzer::polarity).toArray();
    }
}
