package com.salescalls.calls;

import java.util.List;
import java.util.stream.Collectors;

import com.salescalls.insights.SpokenLine;

/**
 * The text form of posted utterances: one {@code [hh:mm:ss] Speaker: words} line each (no stamp when the start
 * is unknown), the format text transcripts use, so full-text search and the list serve both kinds of call.
 */
final class UtteranceText {

    private UtteranceText() {
    }

    static String render(List<SpokenLine> utterances) {
        return utterances.stream().map(UtteranceText::line).collect(Collectors.joining("\n"));
    }

    private static String line(SpokenLine utterance) {
        // a line break inside the text would start a new (unlabelled) line in the text form
        String text = utterance.text().replaceAll("\\s*\\R\\s*", " ").strip();
        String speaker = utterance.speaker().strip();
        return utterance.startMs() == null ? speaker + ": " + text : stamp(utterance.startMs()) + " " + speaker + ": " + text;
    }

    private static String stamp(long millis) {
        long seconds = millis / 1000;
        return String.format("[%02d:%02d:%02d]", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
