package com.salescalls.insights;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The learned sentiment model: each text is embedded with the quantized all-MiniLM-L6-v2 (accuracy within a
 * point of the full model at about twice its speed, see docs/BENCHMARKS.md) and scored by {@link SentimentHead}
 * together with the conversation lexicon's score. A text the model cannot embed (no known token) gets the
 * lexicon's score.
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

    static LearnedScorer fromClasspath() {
        return new LearnedScorer(new EmbeddingEncoder(new AllMiniLmL6V2QuantizedEmbeddingModel()),
                LexiconScorer.fromClasspath(), SentimentHead.fromClasspath());
    }

    /** Embeds all texts in one encoder call, then applies the head to each. */
    @Override
    public double[] scoreAll(List<String> texts) {
        double[] lexiconScores = lexicon.scoreAll(texts);
        List<float @Nullable []> embeddings = encoder.embedAll(texts);
        double[] scores = new double[texts.size()];
        for (int i = 0; i < scores.length; i++) {
            float @Nullable [] embedding = embeddings.get(i);
            if (texts.get(i).isBlank()) {
                scores[i] = 0;
            } else {
                scores[i] = embedding == null ? lexiconScores[i] : head.score(embedding, lexiconScores[i], lexicon.hasNegation(texts.get(i)));
            }
        }
        return scores;
    }
}
