package com.salescalls.insights;

/** Which analyser scores utterances ({@code SENTIMENT_MODEL}). */
public enum SentimentModel {
    /** The learned head over sentence embeddings: the most accurate, about 2 ms of CPU per utterance. */
    LEARNED,
    /** The conversation lexicon analyser (VADER's rules plus sales phrases): no model, microseconds per utterance. */
    LEXICON
}
