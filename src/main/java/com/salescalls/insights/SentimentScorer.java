package com.salescalls.insights;

import java.util.List;

/**
 * One way of scoring short texts (utterances, sentences) for sentiment: each score in [-1, 1], above 0 meaning
 * positive. Implementations hold only immutable data, so they may be shared between threads.
 */
interface SentimentScorer {

    /** Scores the texts in order; a blank text scores 0. Batches let a model embed all texts in one go. */
    double[] scoreAll(List<String> texts);
}
