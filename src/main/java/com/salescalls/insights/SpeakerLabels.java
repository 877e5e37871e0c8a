package com.salescalls.insights;

import java.util.List;

/**
 * The speaker labels of a transcript that map to neither the agent nor the customer, so that ingestion can report
 * them to the client at once ("unknown speakers are reported, not guessed"); see {@link TranscriptAnalyzer#check}.
 */
final class SpeakerLabels {

    private SpeakerLabels() {
    }

    static List<String> unknown(Transcript transcript) {
        return transcript.utterances().stream()
                .filter(u -> u.role() == SpeakerRole.UNKNOWN && !u.speaker().isEmpty())
                .map(Utterance::speaker).distinct().toList();
    }
}
