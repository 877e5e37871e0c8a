package com.salescalls.insights;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranscriptAnalysisTest {

    @Test
    void comparesEmbeddingsByContent() {
        assertThat(new TranscriptAnalysis(0.5, 0.1, null, List.of(), new float[] {1f, 2f}))
                .isEqualTo(new TranscriptAnalysis(0.5, 0.1, null, List.of(), new float[] {1f, 2f}))
                .hasSameHashCodeAs(new TranscriptAnalysis(0.5, 0.1, null, List.of(), new float[] {1f, 2f}))
                .isNotEqualTo(new TranscriptAnalysis(0.5, 0.1, null, List.of(), new float[] {1f, 3f}));
    }

    @Test
    void cannotBeChangedThroughTheEmbeddingArray() {
        float[] vector = {1f, 2f};
        TranscriptAnalysis analysis = new TranscriptAnalysis(null, null, null, List.of(), vector);

        vector[0] = 9f;
        analysis.embedding()[1] = 9f;

        assertThat(analysis.embedding()).containsExactly(1f, 2f);
    }

    @Test
    void printsTheEmbeddingSizeNotItsValues() {
        assertThat(new TranscriptAnalysis(0.25, null, null, List.of(), new float[384]).toString())
                .isEqualTo("TranscriptAnalysis[agentTalkRatio=0.25, customerSentimentScore=null, "
                        + "metrics=null, unknownSpeakers=[], embedding=float[384]]");
    }
}
