package com.salescalls.insights;

import java.util.List;

/**
 * The conversation metrics of a text transcript as the analysis computes them, but without the embedding and
 * with plain VADER for the utterance sentiment: for benchmarks that load a million calls, whose vectors they
 * derive otherwise and where the conversation lexicon's phrase rules (about 3 ms a call) would make the load
 * take hours. The scores are real sentiment, only not the shipped model's.
 */
public final class BenchmarkMetrics {

    private static final VaderScorer VADER = new VaderScorer(VaderLexicon.fromClasspath());

    private BenchmarkMetrics() {
    }

    public static ConversationMetrics of(String transcript, int durationSeconds) {
        Conversation conversation = Conversation.of(Transcript.of(TranscriptInput.text(transcript, durationSeconds)),
                durationSeconds);
        double[] scores = SentimentProfile.scored(conversation).stream()
                .mapToDouble(p -> VADER.compound(p.utterance().text())).toArray();
        return MetricsCalculator.compute(conversation, scores);
    }
}
