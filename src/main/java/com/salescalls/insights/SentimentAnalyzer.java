package com.salescalls.insights;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sentiment of utterances and of a call's customer, from the configured model ({@link SentimentModel}).
 *
 * <p>An instance holds only immutable data (and a thread-safe encoder), so one instance may be shared by any
 * number of threads.
 */
public class SentimentAnalyzer {

    private final SentimentScorer scorer;

    /** The conversation lexicon analyser, which needs no model: for tools and tests outside Spring. */
    public SentimentAnalyzer() {
        this(LexiconScorer.fromClasspath());
    }

    SentimentAnalyzer(SentimentScorer scorer) {
        this.scorer = scorer;
    }

    /** The sentiment of one utterance: -1 most negative, +1 most positive, 0 neutral or empty. */
    public double polarity(String text) {
        return scoreAll(List.of(text))[0];
    }

    /**
     * {@link #polarity} of each text, in order. Prefer this for the utterances of a call: the learned model
     * embeds all of them in one encoder call.
     */
    public double[] scoreAll(List<String> texts) {
        return texts.isEmpty() ? new double[0] : scorer.scoreAll(texts);
    }

    /** {@link #scoreAll(List)} reusing the texts' embeddings, for the analysis (see {@link UtteranceSentiments}). */
    double[] scoreAll(List<String> texts, List<float @Nullable []> embeddings) {
        return texts.isEmpty() ? new double[0] : scorer.scoreAll(texts, embeddings);
    }

    /**
     * The customer's sentiment over a call: the mean of {@link #polarity} over the customer's utterances.
     *
     * <p>Each utterance (a turn, continuation lines included) is scored as a whole, and every turn weighs the same
     * however long it is, so one long complaint does not drown out several short thanks. Turns that carry no
     * sentiment score near 0 and pull the mean towards neutral. The transcript format is the one described on
     * {@link TranscriptAnalyzer}.
     *
     * @return the mean in [-1, 1], or null when the transcript has no customer utterance with text
     */
    public @Nullable Double customerSentiment(String transcript) {
        return customerSentiment(Transcript.parse(transcript));
    }

    @Nullable Double customerSentiment(Transcript transcript) {
        List<String> texts = transcript.textsOf(SpeakerRole.CUSTOMER).stream().filter(text -> !text.isBlank()).toList();
        return texts.isEmpty() ? null : Arrays.stream(scoreAll(texts)).average().orElseThrow();
    }
}
