package com.salescalls.insights;

import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Rule-based sentiment in the style of VADER (Hutto &amp; Gilbert 2014), implemented in this module.
 *
 * <p>The lexicon is loaded once, in the constructor; afterwards an instance holds only immutable data, so one
 * instance may be shared by any number of threads.
 */
@Component
public class SentimentAnalyzer {

    private final VaderScorer scorer;

    public SentimentAnalyzer() {
        this.scorer = new VaderScorer(VaderLexicon.fromClasspath());
    }

    /**
     * The VADER compound score of a text: -1 is most negative, +1 most positive, 0 neutral or empty.
     */
    public double polarity(String text) {
        return text.isBlank() ? 0.0 : scorer.compound(text);
    }

    /**
     * The customer's sentiment over a call: the mean of {@link #polarity} over the customer's utterances.
     *
     * <p>Each utterance (a turn, continuation lines included) is scored as a whole, because VADER's rules such
     * as "but" and negation work within a unit of speech, and every turn weighs the same however long it is,
     * so one long complaint does not drown out several short thanks. Turns that carry no sentiment count as 0
     * and pull the mean towards neutral. The transcript format is the one described on {@link TranscriptAnalyzer}.
     *
     * @return the mean in [-1, 1], or null when the transcript has no customer utterance with text
     */
    public @Nullable Double customerSentiment(String transcript) {
        return customerSentiment(Transcript.parse(transcript));
    }

    @Nullable Double customerSentiment(Transcript transcript) {
        OptionalDouble mean = transcript.textsOf(SpeakerRole.CUSTOMER).stream()
                .filter(text -> !text.isBlank())
                .mapToDouble(this::polarity)
                .average();
        return mean.isPresent() ? mean.getAsDouble() : null;
    }
}
