package com.salescalls.insights;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The learned sentiment model: each text's all-MiniLM-L6-v2 embedding (the full model, the same vectors the
 * analysis averages into the call's embedding, so one model run per utterance serves both) scored by
 * {@link SentimentHead} together with the conversation lexicon's score. A text the model cannot embed (no known
 * token) gets the lexicon's score.
 */
final class LearnedScorer implements SentimentScorer {

    private final EmbeddingEncoder encoder;
    private final LexiconScorer lexicon;
    private final SentimentHead head;

    LearnedScorer(EmbeddingEncoder encoder, LexiconScorer lexicon, SentimentHead head) {
        this.encoder = encoder;
        this.lexicon = lexicon;
        this.head = head;
    }

    /** The shipped head over the given encoder, which must run the model the head was trained on (fp32). */
    static LearnedScorer fromClasspath(EmbeddingEncoder encoder) {
        return new LearnedScorer(encoder, LexiconScorer.fromClasspath(), SentimentHead.fromClasspath());
    }

    /** Embeds all texts in one encoder call, then applies the head to each. */
    @Override
    public double[] scoreAll(List<String> texts) {
        return scoreAll(texts, encoder.embedAll(texts));
    }

    @Override
    public double[] scoreAll(List<String> texts, List<float @Nullable []> embeddings) {
        if (embeddings.size() != texts.size()) {
            throw new IllegalArgumentException(texts.size() + " texts but " + embeddings.size() + " embeddings");
        }
        double[] scores = new double[texts.size()];
        for (int i = 0; i < scores.length; i++) {
            float @Nullable [] embedding = embeddings.get(i);
            if (!texts.get(i).isBlank()) {
                LexiconScorer.Reading reading = lexicon.read(texts.get(i));
                scores[i] = embedding == null ? reading.score()
                        : head.score(embedding, reading.score(), reading.negated());
            }
        }
        return scores;
    }
}
