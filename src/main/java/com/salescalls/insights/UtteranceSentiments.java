package com.salescalls.insights;

import java.util.List;

/**
 * The one place where the analysis gets sentiment from: it scores utterance texts, each on its own, in [-1, 1].
 *
 * <p>{@link TranscriptAnalyzer} hands it every agent and customer utterance (continuation lines joined, blank
 * ones left out) of a whole batch of transcripts in a single call, so a scorer that runs a model can batch; the
 * customer's {@code customer_sentiment_score}, the per-quarter and the agent's sentiment are all means of these
 * scores. Which model scores is the {@link SentimentAnalyzer}'s configuration ({@code SENTIMENT_MODEL}).
 */
@FunctionalInterface
interface UtteranceSentiments {

    /**
     * @param texts utterance texts, none blank
     * @return one score per text, in the same order, each in [-1, 1]
     */
    double[] scores(List<String> texts);

    /**
     * Scores all texts in one {@link SentimentAnalyzer#scoreAll} call, so the configured model (the learned head
     * embeds every utterance) works on the whole batch at once.
     */
    static UtteranceSentiments polarityOf(SentimentAnalyzer analyzer) {
        return analyzer::scoreAll;
    }
}
