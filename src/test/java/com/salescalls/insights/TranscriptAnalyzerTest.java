package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptAnalyzerTest {

    private static final SentimentAnalyzer SENTIMENT = new SentimentAnalyzer();
    private static final EmbeddingEncoder ENCODER = new EmbeddingEncoder();
    private static final TranscriptAnalyzer ANALYZER = new TranscriptAnalyzer(SENTIMENT, ENCODER);

    private static final String CALL = """
            [00:00:01] Agent: Hi Sam, thanks for joining. Um, shall we look at pricing?
            [00:00:05] Customer: Sure, this looks great.
            [00:00:09] Agent: The team plan is forty dollars per seat
            and includes onboarding.
            [00:00:15] Customer: Perfect, thank you!
            """;

    @Test
    void analysesASmallTranscriptEndToEnd() {
        TranscriptAnalysis analysis = ANALYZER.analyze(TranscriptInput.text(CALL, null));

        // agent: "Hi Sam, thanks for joining. shall we look at pricing?" = 10 words ("Um" is a filler)
        //        + "The team plan is forty dollars per seat and includes onboarding." = 11 words -> 21
        // customer: "Sure, this looks great." = 4 + "Perfect, thank you!" = 3 -> 7; ratio 21 / 28
        assertThat(analysis.agentTalkRatio()).isCloseTo(0.75, within(1e-12));
        double expectedSentiment = (SENTIMENT.polarity("Sure, this looks great.")
                + SENTIMENT.polarity("Perfect, thank you!")) / 2;
        assertThat(analysis.customerSentimentScore()).isCloseTo(expectedSentiment, within(1e-12)).isGreaterThan(0.5);
        float[] expectedEmbedding = ENCODER.embed("""
                Agent: Hi Sam, thanks for joining. Um, shall we look at pricing?
                Customer: Sure, this looks great.
                Agent: The team plan is forty dollars per seat and includes onboarding.
                Customer: Perfect, thank you!""");
        assertThat(analysis.embedding()).hasSize(384).containsExactly(expectedEmbedding, within(1e-6f));
    }

    @Test
    void emptyTranscriptHasNoInsights() {
        assertThat(ANALYZER.analyze(TranscriptInput.text("", null)))
                .isEqualTo(new TranscriptAnalysis(null, null, null, List.of(), null));
    }

    @Test
    void analyzeAllMatchesAnalyzingOneByOneInOrder() {
        List<String> transcripts = List.of(CALL, "", "Agent: Hello?\nAgent: Anyone there?",
                "Customer: This is way too expensive, I'm annoyed.");

        List<TranscriptAnalysis> batch = ANALYZER.analyzeAll(transcripts.stream().map(t -> TranscriptInput.text(t, null)).toList());

        assertThat(batch).hasSize(4);
        for (int i = 0; i < transcripts.size(); i++) {
            TranscriptAnalysis single = ANALYZER.analyze(TranscriptInput.text(transcripts.get(i), null));
            assertThat(batch.get(i).agentTalkRatio()).isEqualTo(single.agentTalkRatio());
            assertThat(batch.get(i).customerSentimentScore()).isEqualTo(single.customerSentimentScore());
            if (single.embedding() == null) {
                assertThat(batch.get(i).embedding()).isNull();
            } else {
                assertThat(batch.get(i).embedding()).containsExactly(single.embedding(), within(1e-6f));
            }
        }
        assertThat(batch.get(2).agentTalkRatio()).isEqualTo(1.0);
        assertThat(batch.get(2).customerSentimentScore()).isNull();
        assertThat(batch.get(3).agentTalkRatio()).isEqualTo(0.0);
        assertThat(batch.get(3).customerSentimentScore()).isNegative();
    }
}
