package com.salescalls.insights;

import java.util.List;
import java.util.Objects;

/**
 * A transcript parsed into utterances, in the order they were spoken.
 *
 * <p>Two forms come in: text, parsed by {@link TextTranscript}, and a list of utterances, checked by
 * {@link UtteranceList}. Both reject timings that cannot be right with {@link InvalidTranscript}.
 */
record Transcript(List<Utterance> utterances) {

    static final long MAX_MS = TranscriptInput.MAX_OFFSET_MS;

    /** How much of the timing the transcript tells. */
    enum Timing {
        /** no usable times: time-based metrics are null */
        NONE,
        /** every labelled utterance has a start time (timestamped text): a turn lasts until the next starts */
        STARTS,
        /** every utterance has a start and an end (the utterance-list form) */
        FULL
    }

    Transcript {
        utterances = List.copyOf(utterances);
    }

    static Transcript parse(String text) {
        return TextTranscript.parse(text);
    }

    static Transcript of(TranscriptInput input) {
        return input.text() != null ? TextTranscript.parse(input.text())
                : UtteranceList.toTranscript(Objects.requireNonNull(input.lines()));
    }

    /**
     * FULL when every utterance has both times, STARTS when every labelled one has a start, else NONE. Text before
     * the first label (a header such as "Call recording") has no time and does not spoil the others'.
     */
    Timing timing() {
        List<Utterance> labelled = utterances.stream().filter(u -> !u.speaker().isEmpty()).toList();
        if (labelled.isEmpty() || labelled.stream().anyMatch(u -> u.startMs() == null)) {
            return Timing.NONE;
        }
        return utterances.stream().allMatch(u -> u.startMs() != null && u.endMs() != null)
                ? Timing.FULL : Timing.STARTS;
    }

    List<String> textsOf(SpeakerRole role) {
        return utterances.stream().filter(u -> u.role() == role).map(Utterance::text).toList();
    }
}
