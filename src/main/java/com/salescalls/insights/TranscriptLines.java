package com.salescalls.insights;

import java.util.List;
import java.util.stream.IntStream;
import java.util.Locale;

/**
 * A stored transcript's utterances as the analysis numbers them, so that other modules can quote the utterance
 * that a metric points at (an index in {@link ConversationMetrics}) without parsing transcripts themselves.
 */
public final class TranscriptLines {

    private TranscriptLines() {
    }

    /** @param role {@code agent}, {@code customer} or {@code unknown} */
    public record Line(int index, String speaker, String role, String text) {
    }

    public static List<Line> of(String transcript) {
        List<Utterance> utterances = Transcript.parse(transcript).utterances();
        return IntStream.range(0, utterances.size())
                .mapToObj(i -> new Line(i, utterances.get(i).speaker(),
                        utterances.get(i).role().name().toLowerCase(Locale.ROOT), utterances.get(i).text()))
                .toList();
    }
}
