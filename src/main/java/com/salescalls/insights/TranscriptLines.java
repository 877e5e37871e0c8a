package com.salescalls.insights;

import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * A stored transcript's utterances as the analysis numbers them, so that other modules can quote the utterance
 * that a metric points at (an index in {@link ConversationMetrics}) without parsing transcripts themselves.
 */
public final class TranscriptLines {

    private TranscriptLines() {
    }

    public record Line(int index, String speaker, SpeakerRole role, String text) {
    }

    /**
     * The questions the agent asks in a transcript, counted as the analysis counts them ({@link QuestionCounter}),
     * for a call whose stored metrics are not there yet.
     */
    public static int agentQuestions(String transcript) {
        return QuestionCounter.count(Conversation.of(Transcript.parse(transcript), null)).agent();
    }

    public static List<Line> of(String transcript) {
        return lines(Transcript.parse(transcript).utterances());
    }

    /**
     * A stored call's utterances: its posted ones when it has them (with the roles its speakers were given at
     * ingest, which its text form cannot carry), else its text parsed.
     */
    public static List<Line> of(String transcript, @Nullable List<SpokenLine> posted) {
        return posted == null ? of(transcript) : lines(Transcript.of(TranscriptInput.lines(posted, null)).utterances());
    }

    private static List<Line> lines(List<Utterance> utterances) {
        return IntStream.range(0, utterances.size())
                .mapToObj(i -> new Line(i, utterances.get(i).speaker(),
                        utterances.get(i).role(), utterances.get(i).text()))
                .toList();
    }
}
