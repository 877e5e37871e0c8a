package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Accuracy floors on the held-out half of the UCI sentences, the half no rule was chosen on (rule: score &gt; 0
 * means positive). The full table comes from {@code SentimentEvaluation}.
 */
class SentimentAccuracyTest {

    @Test
    void lexiconAnalyserBeatsPublishedVaderOnEveryHeldOutSet() {
        VaderScorer vader = new VaderScorer(VaderLexicon.fromClasspath());
        LexiconScorer lexicon = LexiconScorer.fromClasspath();
        for (UciSentences set : UciSentences.loadAll()) {
            double vaderAccuracy = accuracy(vader, set);
            double lexiconAccuracy = accuracy(lexicon, set);
            assertThat(lexiconAccuracy).as("lexicon accuracy on %s", set.name())
                    .isGreaterThanOrEqualTo(0.79)
                    .isGreaterThanOrEqualTo(vaderAccuracy + 0.02);
        }
    }

    @Test
    void learnedModelReachesTheIssueTargetsOnEveryHeldOutSet() {
        LearnedScorer learned = LearnedScorer.fromClasspath(new EmbeddingEncoder());
        VaderScorer vader = new VaderScorer(VaderLexicon.fromClasspath());
        double sum = 0;
        for (UciSentences set : UciSentences.loadAll()) {
            double accuracy = accuracy(learned, set);
            assertThat(accuracy).as("learned accuracy on %s", set.name())
                    .isGreaterThanOrEqualTo(0.87)
                    .isGreaterThanOrEqualTo(accuracy(vader, set) + 0.04);
            sum += accuracy;
        }
        assertThat(sum / UciSentences.SETS.size()).isGreaterThanOrEqualTo(0.88);
    }

    private static double accuracy(SentimentScorer scorer, UciSentences set) {
        return SentimentMetrics.of(set.heldOut(), SentimentEvaluation.score(scorer, set.heldOut())).accuracy();
    }
}
