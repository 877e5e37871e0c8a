package com.salescalls.insights;

import java.util.List;
import java.util.stream.Stream;

/**
 * The speaker labels of a transcript that map to neither the agent nor the customer, found without analysing it,
 * so that ingestion can report them to the client at once ("unknown speakers are reported, not guessed").
 */
public final class SpeakerLabels {

    private SpeakerLabels() {
    }

    public static List<String> unknown(TranscriptInput input) {
        Stream<String> labels = input.text() != null
                ? Transcript.parse(input.text()).utterances().stream().map(Utterance::speaker)
                : input.lines().stream().map(line -> line.speaker().strip());
        return labels.filter(label -> !label.isEmpty() && SpeakerRole.fromLabel(label) == SpeakerRole.UNKNOWN)
                .distinct().toList();
    }
}
