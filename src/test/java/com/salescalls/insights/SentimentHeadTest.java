package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentHeadTest {

    @Test
    void scoreIsTwiceTheProbabilityMinusOne() {
        SentimentHead head = new SentimentHead(0.5, 2.0, 1.5, new double[] {1.0, -1.0});
        double z = 0.5 + 2.0 * 0.25 + 1.0 * 0.3 - 1.0 * 0.1;
        assertThat(head.score(new float[] {0.3f, 0.1f}, 0.25, false))
                .isCloseTo(2 * LogisticRegression.sigmoid(z) - 1, within(1e-6));
        assertThat(head.score(new float[] {0.3f, 0.1f}, 0.25, true))
                .isCloseTo(2 * LogisticRegression.sigmoid(z + 1.5 * 0.25) - 1, within(1e-6));
    }

    @Test
    void rejectsAnEmbeddingOfAnotherSize() {
        SentimentHead head = new SentimentHead(0, 0, 0, new double[3]);
        assertThatThrownBy(() -> head.score(new float[4], 0, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4 dimensions");
    }

    @Test
    void committedWeightsLoadAndSurviveATextRoundTrip() {
        SentimentHead head = SentimentHead.fromClasspath();
        assertThat(head.weights()).hasSize(EmbeddingEncoder.DIMENSIONS);
        assertThat(head.lexiconWeight()).isPositive();
        assertThat(SentimentHeadFile.text(head, List.of("note"))).startsWith("# note\n").hasLineCount(EmbeddingEncoder.DIMENSIONS + 4);
    }
}
