package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The learned head on clear cases from sales conversations, in both polarities. */
class LearnedScorerTest {

    private static final LearnedScorer LEARNED = LearnedScorer.fromClasspath(new EmbeddingEncoder());

    @Test
    void scoresSalesConversationCasesInBothPolarities() {
        List<String> positive = List.of(
                "Send me the contract.",
                "Not bad at all.",
                "It's not too expensive.",
                "This is exactly what our team needed, thank you!",
                "Honestly the price is fine.");
        List<String> negative = List.of(
                "That's too expensive.",
                "I was hoping for more.",
                "We'll go with a competitor.",
                "The onboarding was a mess and support never answers.",
                "Please don't send me the contract yet, we're not convinced.");
        double[] positiveScores = LEARNED.scoreAll(positive);
        double[] negativeScores = LEARNED.scoreAll(negative);
        for (int i = 0; i < positive.size(); i++) {
            assertThat(positiveScores[i]).as(positive.get(i)).isPositive();
            assertThat(negativeScores[i]).as(negative.get(i)).isNegative();
        }
    }

    @Test
    void scoresStayInRangeAndBlankTextsScoreZero() {
        double[] scores = LEARNED.scoreAll(List.of("", "   ", "Absolutely wonderful, best purchase ever!!!",
                "Worst, most useless, horrible product. Total garbage."));
        assertThat(scores[0]).isZero();
        assertThat(scores[1]).isZero();
        assertThat(scores[2]).isBetween(0.3, 1.0);
        assertThat(scores[3]).isBetween(-1.0, -0.3);
    }

    @Test
    void batchScoresEqualOneByOneScores() {
        List<String> texts = List.of("Send me the contract.", "That's too expensive.", "Okay.");
        double[] batch = LEARNED.scoreAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(LEARNED.scoreAll(List.of(texts.get(i)))[0]).isCloseTo(batch[i],
                    within(1e-6));
        }
    }
}
