package com.salescalls.insights;

/**
 * Which analyser produced a stored analysis ({@code analysis_version} of a call). Raise it whenever a change makes
 * the analysis of the same transcript come out differently, so that stored calls can be re-analysed selectively
 * ({@code POST /api/v1/admin/calls/reanalyze?outdated_only=true}).
 *
 * <p>1: the first synchronous analysis (talk ratio, VADER sentiment, chunked embedding). 2: the pipeline's, with
 * conversation metrics and batched embeddings. 3: one model run per utterance, the call's embedding the
 * token-weighted mean of its utterances' vectors, and the sentiment head over the full (fp32) model.
 */
public final class AnalyzerVersion {

    public static final int CURRENT = 3;

    private AnalyzerVersion() {
    }
}
