package com.salescalls.insights;

import java.util.List;

/**
 * The speaker labels of a transcript that map to neither the agent nor the customer, found without analysing it,
 * so that ingestion can report them to the client at once ("unknown speakers are reported, not guessed").
 */
public final class SpeakerLabels {

    private SpeakerLabels() {
    }

    /** @throws InvalidTranscript when the transcript's timings cannot be right */
    public static List<String> unknown(TranscriptInput input) {
        return unknown(Transcript.of(input));
    }

    static List<String> unknown(Transcript transcript) {
        return transcript.utterances().stream()
                .filter(u -> u.role() == SpeakerRole.UNKNOWN && !u.speaker().isEmpty())
                .map(Utterance::speaker).distinct().toList();
    }
}
