package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

import com.salescalls.insights.ConversationMetrics.PerSide;
import com.salescalls.insights.ConversationMetrics.Questions;
import com.salescalls.insights.ConversationMetrics.Sentiment;
import com.salescalls.insights.ConversationMetrics.Stretch;
import com.salescalls.insights.ConversationMetrics.TalkShare;

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
        // the call's vector: its utterances' vectors (labels and times left out), weighted by their token counts
        List<EmbeddingEncoder.Embedded> utterances = ENCODER.embedEach(List.of(
                "Hi Sam, thanks for joining. Um, shall we look at pricing?", "Sure, this looks great.",
                "The team plan is forty dollars per seat and includes onboarding.", "Perfect, thank you!"));
        float[] expectedEmbedding = Vectors.weightedMeanUnit(
                utterances.stream().map(EmbeddingEncoder.Embedded::vector).toList(),
                utterances.stream().map(EmbeddingEncoder.Embedded::tokens).toList());
        assertThat(analysis.embedding()).hasSize(384).containsExactly(expectedEmbedding, within(1e-6f));
        assertThat(utterances.get(1).tokens()).isEqualTo(6); // sure , this looks great .
    }

    @Test
    void theLearnedHeadScoresTheUtteranceVectorsTheCallVectorIsMadeOf() {
        SentimentAnalyzer learned = new SentimentAnalyzer(LearnedScorer.fromClasspath(ENCODER));
        TranscriptAnalysis analysis = new TranscriptAnalyzer(learned, ENCODER).analyze(TranscriptInput.text(CALL, null));

        // scoring the customer's utterances on their own (the scorer embeds them itself) gives the same numbers
        double[] customer = learned.scoreAll(List.of("Sure, this looks great.", "Perfect, thank you!"));
        assertThat(analysis.customerSentimentScore()).isCloseTo((customer[0] + customer[1]) / 2, within(1e-9));
        double[] scores = analysis.metrics().sentiment().utterances().stream()
                .mapToDouble(ConversationMetrics.UtteranceSentiment::score).toArray();
        assertThat(scores).containsExactly(new double[] {
                learned.polarity("Hi Sam, thanks for joining. Um, shall we look at pricing?"), customer[0],
                learned.polarity("The team plan is forty dollars per seat and includes onboarding."), customer[1]},
                within(1e-9));
        assertThat(analysis.embedding()).containsExactly(ANALYZER.analyze(TranscriptInput.text(CALL, null)).embedding(),
                within(1e-6f));
    }

    @Test
    void emptyTranscriptHasNoInsightsButAMetricsObject() {
        TranscriptAnalysis analysis = ANALYZER.analyze(TranscriptInput.text("", null));

        assertThat(analysis).isEqualTo(new TranscriptAnalysis(null, null, analysis.metrics(), List.of(), null));
        assertThat(analysis.metrics()).isEqualTo(new ConversationMetrics(new TalkShare(null, null),
                new Stretch(0, null, null, null), new Stretch(0, null, null, null), new Questions(0, 0, null),
                null, new PerSide(null, null), null, null, null, new PerSide(null, null),
                new Sentiment(null, null, Arrays.asList(null, null, null, null), List.of())));
    }

    @Test
    void fillsTheMetricsAndKeepsTheCallsSentimentAndTalkRatioConsistentWithThem() {
        TranscriptAnalysis analysis = ANALYZER.analyze(TranscriptInput.lines(SampleCalls.TIMED, 30));
        ConversationMetrics metrics = analysis.metrics();

        // the per-family values are worked out in the families' tests; here they meet in one object
        Conversation call = SampleCalls.lines(SampleCalls.TIMED, 30);
        assertThat(metrics.talkRatio()).isEqualTo(TalkRatio.share(call));
        assertThat(analysis.agentTalkRatio()).isEqualTo(31.0 / 45);
        assertThat(metrics.interruptions()).isEqualTo(1);
        assertThat(metrics.interactivity()).isEqualTo(8.0); // 4 switches in 30 s
        assertThat(metrics.sentiment().utterances()).hasSize(7);
        String customerTurns = SampleCalls.TIMED.stream().filter(l -> l.speaker().equals("Customer"))
                .map(l -> "Customer: " + l.text()).reduce("", (a, b) -> a + b + "\n");
        assertThat(analysis.customerSentimentScore())
                .isEqualTo(metrics.sentiment().customer())
                .isCloseTo(SENTIMENT.customerSentiment(customerTurns), within(1e-12));
        double agentMean = SampleCalls.TIMED.stream().filter(l -> l.speaker().equals("Agent"))
                .mapToDouble(l -> SENTIMENT.polarity(l.text())).average().orElseThrow();
        assertThat(metrics.sentiment().agent()).isCloseTo(agentMean, within(1e-12));
    }

    @Test
    void reportsSpeakersThatMapToNoSideOnce() {
        TranscriptAnalysis analysis = ANALYZER.analyze(TranscriptInput.text(
                "Agent: Hi\nDana Smith: Hello\nCustomer: Hey\nDana Smith: Bye\nLead Engineer: Right", null));

        assertThat(analysis.unknownSpeakers()).containsExactly("Dana Smith", "Lead Engineer");
        assertThat(analysis.agentTalkRatio()).isEqualTo(0.5);
    }

    @Test
    void checksWithoutAnalysingAndAnalysisRejectsTheSameInput() {
        TranscriptInput backwards = TranscriptInput.lines(List.of(new SpokenLine("Agent", "Hi", 2000L, 3000L),
                new SpokenLine("Customer", "Hello", 1000L, 1500L)), null);

        assertThat(ANALYZER.check(backwards).violations()).extracting(TranscriptViolation::field)
                .containsExactly("utterances[1].start_ms");
        assertThatThrownBy(() -> ANALYZER.analyzeAll(List.of(TranscriptInput.text(CALL, null), backwards)))
                .isInstanceOf(InvalidTranscript.class);
        assertThat(ANALYZER.check(TranscriptInput.text("Agent: Hi\nDana Smith: Hello\nCustomer: Hey", null)))
                .isEqualTo(new TranscriptCheck(List.of(), List.of("Dana Smith")));
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
            assertThat(batch.get(i).metrics()).isEqualTo(single.metrics());
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
